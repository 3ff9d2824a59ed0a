#include <search.h>

struct qelem {
  struct qelem *next, *prev;
};

void remque(void *element) {
  struct qelem *e = element;
  if (e->next != NULL)
    e->next->prev = e->prev;
  if (e->prev != NULL)
    e->prev->next = e->next;
}
