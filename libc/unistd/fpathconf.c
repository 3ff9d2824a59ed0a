#include <cloudabi_syscalls.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>

long fpathconf(int fd, int name) {
  cloudabi_fdstat_t fds;
  cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds);
  if (error != 0) {
    errno = error;
    return -1;
  }
  switch (name) {
    case _PC_2_SYMLINKS:
    case _PC_NO_TRUNC:
    case _PC_CHOWN_RESTRICTED:
    case _PC_TIMESTAMP_RESOLUTION:
      return 1;
    case _PC_FILESIZEBITS:
      return FILESIZEBITS;
    case _PC_NAME_MAX:
      return NAME_MAX;
    case _PC_PATH_MAX:
      return PATH_MAX;
    case _PC_PIPE_BUF:
      return PIPE_BUF;
    case _PC_LINK_MAX:
    case _PC_SYMLINK_MAX:
    case _PC_ASYNC_IO:
    case _PC_PRIO_IO:
    case _PC_SYNC_IO:
      // No fixed limit, or an option this system does not offer.
      return -1;
    default:
      errno = EINVAL;
      return -1;
  }
}
