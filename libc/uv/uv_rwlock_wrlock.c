#include <stdlib.h>

#include <uv.h>

// Fails only when misused; libuv aborts then.
void uv_rwlock_wrlock(uv_rwlock_t *p) {
  if (pthread_rwlock_wrlock(p) != 0)
    abort();
}
