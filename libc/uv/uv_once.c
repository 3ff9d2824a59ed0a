#include <stdlib.h>

#include <uv.h>

void uv_once(uv_once_t *guard, void (*callback)(void)) {
  if (pthread_once(guard, callback) != 0)
    abort();
}
