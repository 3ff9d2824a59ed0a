#include <sys/uio.h>
#include <unistd.h>

#include "uv_impl.h"

// Writes what the descriptor takes now, never queueing; UV_EAGAIN when
// nothing could be written (or writes are still queued, to keep order).
int uv_try_write(uv_stream_t *s, const uv_buf_t bufs[], unsigned int nbufs) {
  if (!(s->__flags & UV__OPEN))
    return UV_EBADF;
  if (!(s->__flags & UV__WRITABLE))
    return UV_EPIPE;
  if (!__uv_queue_empty(&s->__write_queue))
    return UV_EAGAIN;
  struct iovec iov[16];
  unsigned int n = nbufs < 16 ? nbufs : 16;
  for (unsigned int i = 0; i < n; ++i)
    iov[i] = (struct iovec){.iov_base = bufs[i].base, .iov_len = bufs[i].len};
  ssize_t r;
  do {
    r = writev(s->__fd, iov, (int)n);
  } while (r < 0 && errno == EINTR);
  if (r < 0)
    return __uv_error(errno);
  return (int)r;
}
