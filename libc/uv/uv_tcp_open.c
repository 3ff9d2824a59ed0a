#include "uv_impl.h"

int uv_tcp_open(uv_tcp_t *t, uv_os_sock_t sock) {
  return __uv_stream_open((uv_stream_t *)t, sock);
}
