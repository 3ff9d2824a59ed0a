#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/socket.h>

ssize_t send(int socket, const void *buffer, size_t length, int flags) {
  // SIGPIPE is not raised on CloudABI, so MSG_NOSIGNAL changes nothing.
  if ((flags & ~MSG_NOSIGNAL) != 0) {
    errno = EOPNOTSUPP;
    return -1;
  }
  cloudabi_ciovec_t iov = {.buf = buffer, .buf_len = length};
  cloudabi_send_in_t in = {.si_data = &iov, .si_data_len = 1};
  cloudabi_send_out_t out;
  cloudabi_errno_t error = cloudabi_sys_sock_send((cloudabi_fd_t)socket, &in, &out);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return (ssize_t)out.so_datalen;
}
