#include <uv.h>

int uv_mutex_trylock(uv_mutex_t *p) {
  return pthread_mutex_trylock(p) == 0 ? 0 : UV_EBUSY;
}
