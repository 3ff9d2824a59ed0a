#include <cloudabi_syscalls.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

ssize_t readlinkat(int fd, const char *restrict path, char *restrict buf, size_t bufsize) {
  size_t used;
  cloudabi_errno_t error =
      cloudabi_sys_file_readlink((cloudabi_fd_t)fd, path, strlen(path), buf, bufsize, &used);
  if (error != 0) {
    errno = error;
    return -1;
  }
  // Like POSIX readlink: the contents, truncated to bufsize, without a
  // terminating null byte.
  return (ssize_t)used;
}
