#include "uv_impl.h"

int uv_idle_init(uv_loop_t *loop, uv_idle_t *h) {
  __uv_handle_init(loop, (uv_handle_t *)h, UV_IDLE);
  h->__cb = NULL;
  return 0;
}
