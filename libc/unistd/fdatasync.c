#include <cloudabi_syscalls.h>
#include <errno.h>
#include <unistd.h>

int fdatasync(int fd) {
  cloudabi_errno_t error = cloudabi_sys_fd_datasync((cloudabi_fd_t)fd);
  if (error == ENOTCAPABLE) {
    // FD_DATASYNC comes only with write access, but a descriptor opened for
    // reading may still synchronise fully (FD_SYNC), which includes the
    // data.  Sockets support neither: POSIX calls that EINVAL.
    cloudabi_fdstat_t fds;
    if (cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds) == 0) {
      if (fds.fs_rights_base & CLOUDABI_RIGHT_FD_SYNC)
        error = cloudabi_sys_fd_sync((cloudabi_fd_t)fd);
      else if (fds.fs_filetype == CLOUDABI_FILETYPE_SOCKET_STREAM ||
               fds.fs_filetype == CLOUDABI_FILETYPE_SOCKET_DGRAM)
        error = EINVAL;
    }
  }
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
