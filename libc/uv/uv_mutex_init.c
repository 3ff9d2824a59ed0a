#include <uv.h>

int uv_mutex_init(uv_mutex_t *m) {
  return -pthread_mutex_init(m, NULL);
}
