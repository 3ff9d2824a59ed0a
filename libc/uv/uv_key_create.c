#include <uv.h>

int uv_key_create(uv_key_t *key) {
  return -pthread_key_create(key, NULL);
}
