#include <stdlib.h>

#include <uv.h>

// Fails only when misused; libuv aborts then.
void uv_rwlock_wrunlock(uv_rwlock_t *p) {
  if (pthread_rwlock_unlock(p) != 0)
    abort();
}
