#include <fcntl.h>

#include "uv_impl.h"

int uv_udp_open(uv_udp_t *u, uv_os_sock_t sock) {
  if (u->__fd >= 0)
    return UV_EBUSY;
  int fl = fcntl(sock, F_GETFL);
  if (fl < 0)
    return __uv_error(errno);
  if (!(fl & O_NONBLOCK) && fcntl(sock, F_SETFL, fl | O_NONBLOCK) < 0)
    return __uv_error(errno);
  u->__fd = sock;
  return 0;
}
