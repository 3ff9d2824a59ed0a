#include <cloudabi_syscalls.h>
#include <errno.h>
#include <fcntl.h>

int posix_fadvise(int fd, off_t offset, off_t len, int advice) {
  // The advice values are CloudABI's; anything else is refused here so the
  // error does not depend on the system.
  if (offset < 0 || len < 0 || advice < POSIX_FADV_DONTNEED || advice > POSIX_FADV_WILLNEED)
    return EINVAL;
  cloudabi_errno_t error = cloudabi_sys_file_advise((cloudabi_fd_t)fd, (cloudabi_filesize_t)offset,
                                                    (cloudabi_filesize_t)len,
                                                    (cloudabi_advice_t)advice);
  // A pipe or socket cannot take advice (POSIX: ESPIPE).
  if (error == ENOTCAPABLE) {
    cloudabi_fdstat_t fds;
    if (cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds) == 0 &&
        (fds.fs_filetype == CLOUDABI_FILETYPE_SOCKET_STREAM ||
         fds.fs_filetype == CLOUDABI_FILETYPE_SOCKET_DGRAM))
      return ESPIPE;
  }
  return error;
}
