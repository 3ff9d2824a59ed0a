#include <stdlib.h>
#include <string.h>

#include "uv_impl.h"

// Queues the write and, when nothing is queued before it, starts writing
// at once; the callback always runs later, from the loop.
int uv_write2(uv_write_t *req, uv_stream_t *s, const uv_buf_t bufs[],
              unsigned int nbufs, uv_stream_t *send_handle, uv_write_cb cb) {
  if (nbufs == 0 && send_handle == NULL)
    return UV_EINVAL;
  if (!(s->__flags & UV__OPEN))
    return UV_EBADF;
  if (!(s->__flags & UV__WRITABLE))
    return UV_EPIPE;
  if (send_handle != NULL) {
    if (s->type != UV_NAMED_PIPE || !((uv_pipe_t *)s)->ipc)
      return UV_EINVAL;
    uv_os_fd_t fd;
    if (uv_fileno((uv_handle_t *)send_handle, &fd) != 0)
      return UV_EBADF;
  }
  req->__bufs = req->__small;
  if (nbufs > sizeof(req->__small) / sizeof(req->__small[0])) {
    req->__bufs = malloc(nbufs * sizeof(*bufs));
    if (req->__bufs == NULL)
      return UV_ENOMEM;
  }
  if (nbufs > 0)
    memcpy(req->__bufs, bufs, nbufs * sizeof(*bufs));
  req->__nbufs = nbufs;
  req->__index = 0;
  req->__error = 0;
  req->__handle_sent = 0;
  req->cb = cb;
  req->handle = s;
  req->send_handle = send_handle;
  for (unsigned int i = 0; i < nbufs; ++i)
    s->write_queue_size += bufs[i].len;
  __uv_req_register(s->loop, (uv_req_t *)req, UV_WRITE);
  bool idle = __uv_queue_empty(&s->__write_queue);
  __uv_queue_insert_tail(&s->__write_queue, &req->__node);
  __uv_stream_update_active(s);
  if (idle) {
    // Finished at once: the callback runs in the next pending phase.
    __uv_stream_write_some(s);
    if (!__uv_queue_empty(&s->__write_done))
      __uv_stream_feed(s);
  }
  return 0;
}
