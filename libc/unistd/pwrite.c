#include <cloudabi_syscalls.h>
#include <errno.h>
#include <unistd.h>

#include "rw_errno.h"

ssize_t pwrite(int fd, const void *buf, size_t nbyte, off_t offset) {
  if (offset < 0) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_ciovec_t iov = {.buf = buf, .buf_len = nbyte};
  size_t nwritten;
  cloudabi_errno_t error =
      cloudabi_sys_fd_pwrite((cloudabi_fd_t)fd, &iov, 1, (cloudabi_filesize_t)offset, &nwritten);
  if (error != 0) {
    errno = rw_errno_positioned(fd, error, CLOUDABI_RIGHT_FD_WRITE);
    return -1;
  }
  return (ssize_t)nwritten;
}
