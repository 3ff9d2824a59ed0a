#include <cloudabi_syscalls.h>
#include <errno.h>
#include <unistd.h>

int fsync(int fd) {
  cloudabi_errno_t error = cloudabi_sys_fd_sync((cloudabi_fd_t)fd);
  if (error == ENOTCAPABLE) {
    // Sockets cannot be synchronised: POSIX calls that EINVAL.  Other
    // descriptors lacking FD_SYNC stay ENOTCAPABLE.
    cloudabi_fdstat_t fds;
    if (cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds) == 0 &&
        (fds.fs_filetype == CLOUDABI_FILETYPE_SOCKET_STREAM ||
         fds.fs_filetype == CLOUDABI_FILETYPE_SOCKET_DGRAM))
      error = EINVAL;
  }
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
