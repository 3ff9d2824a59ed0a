#include <cloudabi_syscalls.h>
#include <errno.h>
#include <unistd.h>

int dup2(int fd, int newfd) {
  if (fd < 0 || newfd < 0) {
    errno = EBADF;
    return -1;
  }
  if (fd == newfd) {
    // Nothing to replace; only check that the descriptor is open.
    cloudabi_fdstat_t fds;
    cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds);
    if (error != 0) {
      errno = error;
      return -1;
    }
    return newfd;
  }
  // fd_replace atomically makes newfd refer to fd's object.  It cannot
  // create a descriptor with a chosen number: newfd must be open already
  // (EBADF otherwise).
  cloudabi_errno_t error = cloudabi_sys_fd_replace((cloudabi_fd_t)fd, (cloudabi_fd_t)newfd);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return newfd;
}
