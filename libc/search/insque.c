#include <search.h>

// Elements start with a forward and a backward pointer.
struct qelem {
  struct qelem *next, *prev;
};

void insque(void *element, void *pred) {
  struct qelem *e = element, *p = pred;
  if (p == NULL) {
    // The first element of a new (linear) list.
    e->next = e->prev = NULL;
    return;
  }
  e->next = p->next;
  e->prev = p;
  if (p->next != NULL)
    p->next->prev = e;
  p->next = e;
}
