#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "uv_impl.h"

// A connection from a listening socket arrives as a message carrying one
// descriptor and no data.
static int take_connection(uv_stream_t *server, int *fd) {
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(int))];
  } control;
  struct msghdr msg = {.msg_control = control.buf,
                       .msg_controllen = sizeof(control.buf)};
  if (recvmsg(server->__fd, &msg, 0) < 0)
    return __uv_error(errno);
  struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
  if (c == NULL || c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS ||
      c->cmsg_len < CMSG_LEN(sizeof(int)))
    return UV_EAGAIN;
  memcpy(fd, CMSG_DATA(c), sizeof(*fd));
  return 0;
}

int uv_accept(uv_stream_t *server, uv_stream_t *client) {
  if (!(server->__flags & UV__OPEN))
    return UV_EBADF;
  int fd;
  if (server->type == UV_NAMED_PIPE && ((uv_pipe_t *)server)->ipc) {
    // The oldest descriptor received over the IPC pipe.
    if (server->__received_count == 0)
      return UV_EAGAIN;
    fd = server->__received[0];
    memmove(server->__received, server->__received + 1,
            --server->__received_count * sizeof(int));
  } else {
    int error = take_connection(server, &fd);
    if (error != 0)
      return error;
  }
  int error;
  switch (client->type) {
    case UV_NAMED_PIPE:
    case UV_TCP:
    case UV_TTY:
      error = __uv_stream_open(client, fd);
      break;
    case UV_UDP:
      error = uv_udp_open((uv_udp_t *)client, fd);
      break;
    default:
      error = UV_EINVAL;
      break;
  }
  if (error != 0)
    close(fd);
  return error;
}
