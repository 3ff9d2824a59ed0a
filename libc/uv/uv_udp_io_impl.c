#include <string.h>
#include <sys/socket.h>

#include "uv_impl.h"

// Receives up to 32 datagrams, like libuv; the last call reports nread 0
// with a NULL address when nothing more was there.  Senders have no
// address here (sockets are unnamed), so a datagram comes with an
// AF_UNSPEC address.
void __uv_udp_io(uv_udp_t *u, short revents) {
  for (int count = 32; count > 0 && (u->__flags & UV__UDP_RECEIVING) &&
                       !__uv_is_closing((uv_handle_t *)u);
       --count) {
    uv_buf_t buf = uv_buf_init(NULL, 0);
    u->__alloc_cb((uv_handle_t *)u, 65536, &buf);
    if (buf.base == NULL || buf.len == 0) {
      u->__recv_cb(u, UV_ENOBUFS, &buf, NULL, 0);
      return;
    }
    struct iovec iov = {.iov_base = buf.base, .iov_len = buf.len};
    struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1};
    ssize_t n;
    do {
      n = recvmsg(u->__fd, &msg, 0);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
      u->__recv_cb(u, errno == EAGAIN ? 0 : __uv_error(errno), &buf, NULL, 0);
      return;
    }
    struct sockaddr_storage from;
    memset(&from, 0, sizeof(from));
    from.ss_family = AF_UNSPEC;
    u->__recv_cb(u, n, &buf, (const struct sockaddr *)&from,
                 (msg.msg_flags & MSG_TRUNC) ? UV_UDP_PARTIAL : 0);
  }
}
