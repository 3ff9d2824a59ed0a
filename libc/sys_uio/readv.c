#include <cloudabi_syscalls.h>
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <sys/uio.h>

#include "rw_errno.h"

_Static_assert(sizeof(struct iovec) == sizeof(cloudabi_iovec_t), "iovec layout");
_Static_assert(offsetof(struct iovec, iov_base) == offsetof(cloudabi_iovec_t, buf), "iovec layout");
_Static_assert(offsetof(struct iovec, iov_len) == offsetof(cloudabi_iovec_t, buf_len), "iovec layout");

ssize_t readv(int fd, const struct iovec *iov, int iovcnt) {
  if (iovcnt < 0 || iovcnt > IOV_MAX) {
    errno = EINVAL;
    return -1;
  }
  size_t nread;
  cloudabi_errno_t error = cloudabi_sys_fd_read((cloudabi_fd_t)fd, (const cloudabi_iovec_t *)iov,
                                                (size_t)iovcnt, &nread);
  if (error != 0) {
    errno = rw_errno(error);
    return -1;
  }
  return (ssize_t)nread;
}
