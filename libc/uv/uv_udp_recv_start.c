#include "uv_impl.h"

int uv_udp_recv_start(uv_udp_t *u, uv_alloc_cb alloc_cb,
                      uv_udp_recv_cb recv_cb) {
  if (alloc_cb == NULL || recv_cb == NULL || __uv_is_closing((uv_handle_t *)u))
    return UV_EINVAL;
  if (u->__fd < 0)
    return UV_EBADF;
  if (u->__flags & UV__UDP_RECEIVING)
    return UV_EALREADY;
  u->__alloc_cb = alloc_cb;
  u->__recv_cb = recv_cb;
  u->__flags |= UV__UDP_RECEIVING;
  __uv_handle_start((uv_handle_t *)u);
  return 0;
}
