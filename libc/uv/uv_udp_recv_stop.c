#include "uv_impl.h"

int uv_udp_recv_stop(uv_udp_t *u) {
  u->__flags &= ~UV__UDP_RECEIVING;
  __uv_handle_stop((uv_handle_t *)u);
  return 0;
}
