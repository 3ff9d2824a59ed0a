#include <uv.h>

int uv_barrier_init(uv_barrier_t *b, unsigned int count) {
  return -pthread_barrier_init(b, NULL, count);
}
