#include <cloudabi_syscalls.h>
#include <errno.h>
#include <unistd.h>

ssize_t write(int fd, const void *buf, size_t nbyte) {
  cloudabi_ciovec_t iov = {.buf = buf, .buf_len = nbyte};
  size_t written;
  cloudabi_errno_t error = cloudabi_sys_fd_write((cloudabi_fd_t)fd, &iov, 1, &written);
  if (error != 0) {
    // A capability failure on a descriptor that cannot be written is what
    // POSIX calls EBADF.
    errno = error == ENOTCAPABLE ? EBADF : error;
    return -1;
  }
  return (ssize_t)written;
}
