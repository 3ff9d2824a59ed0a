#include <stdlib.h>

#include <uv.h>

void uv_sem_post(uv_sem_t *s) {
  if (sem_post(s) != 0)
    abort();
}
