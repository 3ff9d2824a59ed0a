#include "uv_impl.h"

int uv_fileno(const uv_handle_t *h, uv_os_fd_t *fd) {
  int f;
  switch (h->type) {
    case UV_NAMED_PIPE:
    case UV_TCP:
    case UV_TTY:
      f = ((const uv_stream_t *)h)->__fd;
      break;
    case UV_UDP:
      f = ((const uv_udp_t *)h)->__fd;
      break;
    case UV_POLL:
      f = ((const uv_poll_t *)h)->__fd;
      break;
    case UV_PROCESS:
      f = ((const uv_process_t *)h)->procfd;
      break;
    default:
      return UV_EINVAL;
  }
  if (f < 0 || __uv_is_closing(h))
    return UV_EBADF;
  *fd = f;
  return 0;
}
