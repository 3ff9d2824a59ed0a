#include <cloudabi_syscalls.h>
#include <errno.h>
#include <unistd.h>

int isatty(int fd) {
  // CloudABI has no terminals; only tell apart descriptors that are not
  // open.
  cloudabi_fdstat_t fds;
  cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds);
  errno = error != 0 ? error : ENOTTY;
  return 0;
}
