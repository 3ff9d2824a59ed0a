#include <uv.h>

void *uv_key_get(uv_key_t *key) {
  return pthread_getspecific(*key);
}
