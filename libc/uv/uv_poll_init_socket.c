#include <uv.h>

int uv_poll_init_socket(uv_loop_t *loop, uv_poll_t *p, uv_os_sock_t sock) {
  return uv_poll_init(loop, p, sock);
}
