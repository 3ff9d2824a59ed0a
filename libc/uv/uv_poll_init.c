#include <fcntl.h>

#include "uv_impl.h"

// The descriptor stays the caller's; it is made non-blocking.
int uv_poll_init(uv_loop_t *loop, uv_poll_t *p, int fd) {
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0)
    return __uv_error(errno);
  if (!(fl & O_NONBLOCK) && fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0)
    return __uv_error(errno);
  __uv_handle_init(loop, (uv_handle_t *)p, UV_POLL);
  p->poll_cb = NULL;
  p->__fd = fd;
  p->__events = 0;
  return 0;
}
