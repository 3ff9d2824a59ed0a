#include <cloudabi_syscalls.h>
#include <errno.h>
#include <limits.h>
#include <sys/uio.h>

#include "rw_errno.h"

ssize_t preadv(int fd, const struct iovec *iov, int iovcnt, off_t offset) {
  if (iovcnt < 0 || iovcnt > IOV_MAX || offset < 0) {
    errno = EINVAL;
    return -1;
  }
  // CloudABI refuses an empty vector for positioned I/O; nothing is read.
  if (iovcnt == 0) {
    cloudabi_fdstat_t fds;
    cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds);
    if (error != 0) {
      errno = error;
      return -1;
    }
    return 0;
  }
  size_t nread;
  cloudabi_errno_t error = cloudabi_sys_fd_pread((cloudabi_fd_t)fd, (const cloudabi_iovec_t *)iov,
                                                 (size_t)iovcnt, (cloudabi_filesize_t)offset,
                                                 &nread);
  if (error != 0) {
    errno = rw_errno_positioned(fd, error, CLOUDABI_RIGHT_FD_READ);
    return -1;
  }
  return (ssize_t)nread;
}
