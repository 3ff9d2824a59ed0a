#include <stdlib.h>

#include <uv.h>

void uv_key_delete(uv_key_t *key) {
  if (pthread_key_delete(*key) != 0)
    abort();
}
