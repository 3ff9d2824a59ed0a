#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "uv_impl.h"

// Descriptors received at most per read on an IPC pipe.
#define MAX_RECEIVED 16

static bool keep_received(uv_stream_t *s, int fd) {
  if (s->__received_count == s->__received_cap) {
    unsigned int cap = s->__received_cap == 0 ? 4 : 2 * s->__received_cap;
    int *fds = realloc(s->__received, cap * sizeof(*fds));
    if (fds == NULL)
      return false;
    s->__received = fds;
    s->__received_cap = cap;
  }
  s->__received[s->__received_count++] = fd;
  return true;
}

// An IPC pipe's data may carry descriptors; they wait for uv_accept.
static ssize_t receive(uv_stream_t *s, const uv_buf_t *buf) {
  struct iovec iov = {.iov_base = buf->base, .iov_len = buf->len};
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(MAX_RECEIVED * sizeof(int))];
  } control;
  struct msghdr msg = {.msg_iov = &iov,
                       .msg_iovlen = 1,
                       .msg_control = control.buf,
                       .msg_controllen = sizeof(control.buf)};
  ssize_t n = recvmsg(s->__fd, &msg, 0);
  if (n < 0)
    return n;
  for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c != NULL;
       c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
      continue;
    size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    for (size_t i = 0; i < count; ++i) {
      int fd;
      memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof(fd));
      if (!keep_received(s, fd))
        close(fd);
    }
  }
  return n;
}

static void stop_reading(uv_stream_t *s) {
  s->__flags &= ~UV__READING;
  __uv_stream_update_active(s);
}

// Like libuv: up to 32 reads per readiness, stopping at a short read.
static bool read_once(uv_stream_t *s) {
  uv_buf_t buf = uv_buf_init(NULL, 0);
  s->alloc_cb((uv_handle_t *)s, 65536, &buf);
  if (buf.base == NULL || buf.len == 0) {
    s->read_cb(s, UV_ENOBUFS, &buf);
    return false;
  }
  ssize_t n;
  do {
    n = s->type == UV_NAMED_PIPE && ((uv_pipe_t *)s)->ipc
            ? receive(s, &buf)
            : read(s->__fd, buf.base, buf.len);
  } while (n < 0 && errno == EINTR);
  if (n > 0) {
    s->read_cb(s, n, &buf);
    return (size_t)n == buf.len;
  }
  if (n == 0) {
    stop_reading(s);
    s->read_cb(s, UV_EOF, &buf);
  } else if (errno == EAGAIN) {
    // Nothing after all: give the buffer back.
    s->read_cb(s, 0, &buf);
  } else {
    int error = __uv_error(errno);
    stop_reading(s);
    s->read_cb(s, error, &buf);
  }
  return false;
}

void __uv_stream_read(uv_stream_t *s) {
  for (int i = 0; i < 32 && (s->__flags & UV__READING) &&
                  !__uv_is_closing((uv_handle_t *)s);
       ++i)
    if (!read_once(s))
      break;
}
