#include <uv.h>

int uv_rwlock_tryrdlock(uv_rwlock_t *p) {
  return pthread_rwlock_tryrdlock(p) == 0 ? 0 : UV_EBUSY;
}
