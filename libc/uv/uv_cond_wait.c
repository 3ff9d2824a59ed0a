#include <stdlib.h>

#include <uv.h>

void uv_cond_wait(uv_cond_t *c, uv_mutex_t *m) {
  if (pthread_cond_wait(c, m) != 0)
    abort();
}
