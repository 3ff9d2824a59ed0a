#include <cloudabi_syscalls.h>
#include <errno.h>
#include <unistd.h>

#include "rw_errno.h"

ssize_t write(int fd, const void *buf, size_t nbyte) {
  cloudabi_ciovec_t iov = {.buf = buf, .buf_len = nbyte};
  size_t nwritten;
  cloudabi_errno_t error = cloudabi_sys_fd_write((cloudabi_fd_t)fd, &iov, 1, &nwritten);
  if (error != 0) {
    errno = rw_errno(error);
    return -1;
  }
  return (ssize_t)nwritten;
}
