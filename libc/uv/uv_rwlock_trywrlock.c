#include <uv.h>

int uv_rwlock_trywrlock(uv_rwlock_t *p) {
  return pthread_rwlock_trywrlock(p) == 0 ? 0 : UV_EBUSY;
}
