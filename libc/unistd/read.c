#include <cloudabi_syscalls.h>
#include <errno.h>
#include <unistd.h>

#include "rw_errno.h"

ssize_t read(int fd, void *buf, size_t nbyte) {
  cloudabi_iovec_t iov = {.buf = buf, .buf_len = nbyte};
  size_t nread;
  cloudabi_errno_t error = cloudabi_sys_fd_read((cloudabi_fd_t)fd, &iov, 1, &nread);
  if (error != 0) {
    errno = rw_errno(error);
    return -1;
  }
  return (ssize_t)nread;
}
