#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include "uv_impl.h"

#define MAX_IOV 16

void __uv_stream_feed(uv_stream_t *s) {
  if (__uv_queue_empty(&s->__pending_node))
    __uv_queue_insert_tail(&s->loop->__pending, &s->__pending_node);
}

static void complete(uv_stream_t *s, uv_write_t *req) {
  __uv_queue_remove(&req->__node);
  __uv_queue_insert_tail(&s->__write_done, &req->__node);
}

// One writev or, for the first chunk of a uv_write2 with a handle, one
// sendmsg that passes the handle's descriptor.
static ssize_t write_chunk(uv_stream_t *s, uv_write_t *req) {
  struct iovec iov[MAX_IOV];
  int n = 0;
  for (unsigned int i = req->__index; i < req->__nbufs && n < MAX_IOV; ++i)
    iov[n++] = (struct iovec){.iov_base = req->__bufs[i].base,
                              .iov_len = req->__bufs[i].len};
  if (req->send_handle == NULL || req->__handle_sent)
    return writev(s->__fd, iov, n);
  uv_os_fd_t fd = -1;  // any handle with a descriptor: stream, UDP, poll
  uv_fileno((uv_handle_t *)req->send_handle, &fd);
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(int))];
  } control;
  memset(&control, 0, sizeof(control));
  struct msghdr msg = {.msg_iov = iov,
                       .msg_iovlen = n,
                       .msg_control = control.buf,
                       .msg_controllen = sizeof(control.buf)};
  struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(c), &fd, sizeof(fd));
  ssize_t r = sendmsg(s->__fd, &msg, 0);
  if (r >= 0)
    req->__handle_sent = 1;
  return r;
}

static void advance(uv_write_t *req, size_t n) {
  while (n > 0) {
    uv_buf_t *b = &req->__bufs[req->__index];
    if (n < b->len) {
      b->base += n;
      b->len -= n;
      return;
    }
    n -= b->len;
    ++req->__index;
  }
}

static bool finished(uv_write_t *req) {
  while (req->__index < req->__nbufs && req->__bufs[req->__index].len == 0)
    ++req->__index;
  return req->__index == req->__nbufs &&
         (req->send_handle == NULL || req->__handle_sent);
}

static size_t remaining(const uv_write_t *req) {
  size_t total = 0;
  for (unsigned int i = req->__index; i < req->__nbufs; ++i)
    total += req->__bufs[i].len;
  return total;
}

void __uv_stream_write_some(uv_stream_t *s) {
  while (!__uv_queue_empty(&s->__write_queue)) {
    uv_write_t *req = __uv_container(s->__write_queue.__next, uv_write_t, __node);
    if (req->__error == 0 && !finished(req)) {
      ssize_t n = write_chunk(s, req);
      if (n < 0) {
        if (errno == EINTR)
          continue;
        if (errno == EAGAIN)
          return;  // wait until poll reports the descriptor writable
        req->__error = __uv_error(errno);
      } else {
        advance(req, (size_t)n);
        s->write_queue_size -= (size_t)n;
        if (!finished(req)) {
          if (s->__flags & UV__BLOCKING)
            continue;
          return;
        }
      }
    }
    s->write_queue_size -= remaining(req);
    complete(s, req);
  }
}

// The callbacks of finished writes, then, once nothing is queued, a
// requested shutdown (its callback runs at once, as in libuv).
void __uv_stream_pending(uv_stream_t *s) {
  while (!__uv_queue_empty(&s->__write_done)) {
    uv_write_t *req = __uv_container(s->__write_done.__next, uv_write_t, __node);
    __uv_queue_remove(&req->__node);
    if (req->__bufs != req->__small)
      free(req->__bufs);
    req->__bufs = NULL;
    __uv_req_unregister(s->loop);
    if (req->cb != NULL)
      req->cb(req, req->__error);
  }
  uv_shutdown_t *req = s->__shutdown;
  if (req != NULL && __uv_queue_empty(&s->__write_queue) &&
      (!__uv_is_closing((uv_handle_t *)s) || req->__error != 0)) {
    s->__shutdown = NULL;
    if (req->__error == 0 && shutdown(s->__fd, SHUT_WR) != 0)
      req->__error = __uv_error(errno);
    if (req->__error == 0)
      s->__flags |= UV__SHUT;
    __uv_req_unregister(s->loop);
    if (req->cb != NULL)
      req->cb(req, req->__error);
  }
  __uv_stream_update_active(s);
}

void __uv_pending_run(uv_loop_t *loop) {
  struct __uv_queue todo;
  __uv_queue_move(&loop->__pending, &todo);
  while (!__uv_queue_empty(&todo)) {
    uv_stream_t *s = __uv_container(todo.__next, uv_stream_t, __pending_node);
    __uv_queue_remove(&s->__pending_node);
    __uv_stream_write_some(s);
    __uv_stream_pending(s);
  }
}
