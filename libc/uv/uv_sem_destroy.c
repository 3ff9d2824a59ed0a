#include <stdlib.h>

#include <uv.h>

void uv_sem_destroy(uv_sem_t *s) {
  if (sem_destroy(s) != 0)
    abort();
}
