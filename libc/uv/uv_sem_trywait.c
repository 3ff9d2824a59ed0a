#include <errno.h>
#include <stdlib.h>

#include <uv.h>

int uv_sem_trywait(uv_sem_t *s) {
  int r;
  do {
    r = sem_trywait(s);
  } while (r != 0 && errno == EINTR);
  if (r == 0)
    return 0;
  if (errno != EAGAIN)
    abort();
  return UV_EAGAIN;
}
