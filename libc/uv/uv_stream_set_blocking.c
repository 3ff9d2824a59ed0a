#include <fcntl.h>

#include "uv_impl.h"

int uv_stream_set_blocking(uv_stream_t *s, int blocking) {
  if (!(s->__flags & UV__OPEN))
    return UV_EBADF;
  int fl = fcntl(s->__fd, F_GETFL);
  if (fl < 0)
    return __uv_error(errno);
  fl = blocking ? fl & ~O_NONBLOCK : fl | O_NONBLOCK;
  if (fcntl(s->__fd, F_SETFL, fl) < 0)
    return __uv_error(errno);
  if (blocking)
    s->__flags |= UV__BLOCKING;
  else
    s->__flags &= ~UV__BLOCKING;
  return 0;
}
