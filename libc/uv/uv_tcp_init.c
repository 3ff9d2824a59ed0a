#include "uv_impl.h"

int uv_tcp_init(uv_loop_t *loop, uv_tcp_t *t) {
  __uv_stream_init(loop, (uv_stream_t *)t, UV_TCP);
  return 0;
}
