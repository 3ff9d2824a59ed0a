#include <cloudabi_syscalls.h>
#include <errno.h>
#include <unistd.h>

#include "rw_errno.h"

ssize_t pread(int fd, void *buf, size_t nbyte, off_t offset) {
  if (offset < 0) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_iovec_t iov = {.buf = buf, .buf_len = nbyte};
  size_t nread;
  cloudabi_errno_t error =
      cloudabi_sys_fd_pread((cloudabi_fd_t)fd, &iov, 1, (cloudabi_filesize_t)offset, &nread);
  if (error != 0) {
    errno = rw_errno_positioned(fd, error, CLOUDABI_RIGHT_FD_READ);
    return -1;
  }
  return (ssize_t)nread;
}
