#include <uv.h>

int uv_rwlock_init(uv_rwlock_t *l) {
  return -pthread_rwlock_init(l, NULL);
}
