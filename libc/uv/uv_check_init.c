#include "uv_impl.h"

int uv_check_init(uv_loop_t *loop, uv_check_t *h) {
  __uv_handle_init(loop, (uv_handle_t *)h, UV_CHECK);
  h->__cb = NULL;
  return 0;
}
