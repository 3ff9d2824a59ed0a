#include <cloudabi_syscalls.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

// Number of descriptors in an SCM_RIGHTS message.
static size_t rights_count(const struct cmsghdr *c) {
  return (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
}

ssize_t sendmsg(int socket, const struct msghdr *message, int flags) {
  if ((flags & ~MSG_NOSIGNAL) != 0) {
    errno = EOPNOTSUPP;
    return -1;
  }
  if (message->msg_iovlen < 0 || message->msg_iovlen > IOV_MAX) {
    errno = EMSGSIZE;
    return -1;
  }

  // Collect the descriptors of all SCM_RIGHTS messages; no other kind of
  // ancillary data exists.
  size_t nfds = 0;
  for (const struct cmsghdr *c = CMSG_FIRSTHDR(message); c != NULL;
       c = CMSG_NXTHDR((struct msghdr *)message, c)) {
    size_t left = (size_t)((const char *)message->msg_control + message->msg_controllen -
                           (const char *)c);
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS ||
        c->cmsg_len < CMSG_LEN(0) || c->cmsg_len > left) {
      errno = EINVAL;
      return -1;
    }
    nfds += rights_count(c);
  }
  cloudabi_fd_t small[16];
  cloudabi_fd_t *fds = small;
  if (nfds > sizeof(small) / sizeof(small[0])) {
    fds = malloc(nfds * sizeof(*fds));
    if (fds == NULL)
      return -1;
  }
  size_t n = 0;
  for (const struct cmsghdr *c = CMSG_FIRSTHDR(message); c != NULL;
       c = CMSG_NXTHDR((struct msghdr *)message, c)) {
    size_t count = rights_count(c);
    for (size_t i = 0; i < count; i++) {
      int fd;
      memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof(fd));
      fds[n++] = (cloudabi_fd_t)fd;
    }
  }

  // struct iovec has the layout of cloudabi_ciovec_t.
  cloudabi_send_in_t in = {
      .si_data = (const cloudabi_ciovec_t *)message->msg_iov,
      .si_data_len = (size_t)message->msg_iovlen,
      .si_fds = fds,
      .si_fds_len = nfds,
  };
  cloudabi_send_out_t out;
  cloudabi_errno_t error = cloudabi_sys_sock_send((cloudabi_fd_t)socket, &in, &out);
  if (fds != small)
    free(fds);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return (ssize_t)out.so_datalen;
}
