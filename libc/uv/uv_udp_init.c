#include "uv_impl.h"

int uv_udp_init(uv_loop_t *loop, uv_udp_t *u) {
  __uv_handle_init(loop, (uv_handle_t *)u, UV_UDP);
  u->__fd = -1;
  u->__alloc_cb = NULL;
  u->__recv_cb = NULL;
  return 0;
}
