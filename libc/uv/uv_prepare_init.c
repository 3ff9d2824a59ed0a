#include "uv_impl.h"

int uv_prepare_init(uv_loop_t *loop, uv_prepare_t *h) {
  __uv_handle_init(loop, (uv_handle_t *)h, UV_PREPARE);
  h->__cb = NULL;
  return 0;
}
