#include <errno.h>
#include <stdlib.h>

#include <uv.h>

void uv_sem_wait(uv_sem_t *s) {
  int r;
  do {
    r = sem_wait(s);
  } while (r != 0 && errno == EINTR);
  if (r != 0)
    abort();
}
