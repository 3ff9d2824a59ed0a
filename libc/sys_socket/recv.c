#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/socket.h>

ssize_t recv(int socket, void *buffer, size_t length, int flags) {
  // MSG_PEEK and MSG_WAITALL equal CloudABI's riflags.
  if ((flags & ~(MSG_PEEK | MSG_WAITALL)) != 0) {
    errno = EOPNOTSUPP;
    return -1;
  }
  cloudabi_iovec_t iov = {.buf = buffer, .buf_len = length};
  // No room for descriptors: any that arrive are closed by the system.
  cloudabi_recv_in_t in = {
      .ri_data = &iov,
      .ri_data_len = 1,
      .ri_flags = (cloudabi_riflags_t)flags,
  };
  cloudabi_recv_out_t out;
  cloudabi_errno_t error = cloudabi_sys_sock_recv((cloudabi_fd_t)socket, &in, &out);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return (ssize_t)out.ro_datalen;
}
