#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "uv_impl.h"

void __uv_stream_init(uv_loop_t *loop, uv_stream_t *s, uv_handle_type type) {
  __uv_handle_init(loop, (uv_handle_t *)s, type);
  s->write_queue_size = 0;
  s->alloc_cb = NULL;
  s->read_cb = NULL;
  s->__fd = -1;
  __uv_queue_init(&s->__pending_node);
  __uv_queue_init(&s->__write_queue);
  __uv_queue_init(&s->__write_done);
  s->__shutdown = NULL;
  s->__received = NULL;
  s->__received_count = 0;
  s->__received_cap = 0;
}

// Takes ownership of fd.  The direction comes from the descriptor's access
// mode (sockets are both readable and writable).
int __uv_stream_open(uv_stream_t *s, int fd) {
  if (s->__flags & UV__OPEN)
    return s->__fd == fd ? 0 : UV_EBUSY;
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0)
    return __uv_error(errno);
  if (!(s->__flags & UV__BLOCKING) && !(fl & O_NONBLOCK) &&
      fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0)
    return __uv_error(errno);
  s->__fd = fd;
  s->__flags |= UV__OPEN;
  if ((fl & O_ACCMODE) != O_WRONLY)
    s->__flags |= UV__READABLE;
  if ((fl & O_ACCMODE) != O_RDONLY)
    s->__flags |= UV__WRITABLE;
  return 0;
}

// As in libuv, a stream is active while reading; queued writes and a
// shutdown keep the loop alive as requests instead.
void __uv_stream_update_active(uv_stream_t *s) {
  uv_handle_t *h = (uv_handle_t *)s;
  if (!__uv_is_closing(h) && (s->__flags & UV__READING))
    __uv_handle_start(h);
  else
    __uv_handle_stop(h);
}

short __uv_stream_events(const uv_stream_t *s) {
  if (!(s->__flags & UV__OPEN))
    return 0;
  short ev = 0;
  if (s->__flags & UV__READING)
    ev |= POLLIN;
  if (!__uv_queue_empty(&s->__write_queue) || s->__shutdown != NULL)
    ev |= POLLOUT;
  return ev;
}

void __uv_stream_io(uv_stream_t *s, short revents) {
  if ((revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL)) &&
      (s->__flags & UV__READING))
    __uv_stream_read(s);
  if (__uv_is_closing((uv_handle_t *)s))
    return;
  if ((revents & (POLLOUT | POLLHUP | POLLERR | POLLNVAL)) &&
      (!__uv_queue_empty(&s->__write_queue) || s->__shutdown != NULL)) {
    __uv_stream_write_some(s);
    __uv_stream_pending(s);
  }
}

// uv_close: stop everything and release the descriptors; the callbacks of
// unfinished requests run in the closing phase (__uv_stream_destroy).
void __uv_stream_close(uv_stream_t *s) {
  s->__flags &= ~UV__READING;
  __uv_handle_stop((uv_handle_t *)s);
  if (s->__fd >= 0)
    close(s->__fd);
  s->__fd = -1;
  s->__flags &= ~(UV__OPEN | UV__READABLE | UV__WRITABLE);
  for (unsigned int i = 0; i < s->__received_count; ++i)
    close(s->__received[i]);
  free(s->__received);
  s->__received = NULL;
  s->__received_count = 0;
  s->__received_cap = 0;
}

void __uv_stream_destroy(uv_stream_t *s) {
  __uv_queue_remove(&s->__pending_node);
  while (!__uv_queue_empty(&s->__write_queue)) {
    struct __uv_queue *q = s->__write_queue.__next;
    uv_write_t *req = __uv_container(q, uv_write_t, __node);
    req->__error = UV_ECANCELED;
    __uv_queue_remove(q);
    __uv_queue_insert_tail(&s->__write_done, q);
  }
  if (s->__shutdown != NULL)
    s->__shutdown->__error = UV_ECANCELED;
  __uv_stream_pending(s);
}
