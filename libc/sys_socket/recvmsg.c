#include <cloudabi_syscalls.h>
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/socket.h>

ssize_t recvmsg(int socket, struct msghdr *message, int flags) {
  if ((flags & ~(MSG_PEEK | MSG_WAITALL)) != 0) {
    errno = EOPNOTSUPP;
    return -1;
  }
  if (message->msg_iovlen < 0 || message->msg_iovlen > IOV_MAX) {
    errno = EMSGSIZE;
    return -1;
  }

  // Received descriptors go straight into the data of a single
  // SCM_RIGHTS message at the start of msg_control.
  struct cmsghdr *c = CMSG_FIRSTHDR(message);
  size_t room = 0;
  if (c != NULL && message->msg_controllen >= CMSG_LEN(sizeof(int)))
    room = (message->msg_controllen - CMSG_LEN(0)) / sizeof(int);
  cloudabi_recv_in_t in = {
      .ri_data = (const cloudabi_iovec_t *)message->msg_iov,
      .ri_data_len = (size_t)message->msg_iovlen,
      .ri_fds = room > 0 ? (cloudabi_fd_t *)CMSG_DATA(c) : NULL,
      .ri_fds_len = room,
      .ri_flags = (cloudabi_riflags_t)flags,
  };
  cloudabi_recv_out_t out;
  cloudabi_errno_t error = cloudabi_sys_sock_recv((cloudabi_fd_t)socket, &in, &out);
  if (error != 0) {
    errno = error;
    return -1;
  }

  if (out.ro_fdslen > 0) {
    c->cmsg_len = (socklen_t)CMSG_LEN(out.ro_fdslen * sizeof(int));
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    // The space the message takes, capped by what the caller provided.
    size_t used = CMSG_SPACE(out.ro_fdslen * sizeof(int));
    message->msg_controllen =
        (socklen_t)(used < message->msg_controllen ? used : message->msg_controllen);
  } else {
    message->msg_controllen = 0;
  }
  message->msg_flags = 0;
  if (out.ro_flags & CLOUDABI_SOCK_RECV_DATA_TRUNCATED)
    message->msg_flags |= MSG_TRUNC;
  if (out.ro_flags & CLOUDABI_SOCK_RECV_FDS_TRUNCATED)
    message->msg_flags |= MSG_CTRUNC;
  return (ssize_t)out.ro_datalen;
}
