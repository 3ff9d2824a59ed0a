#include <cloudabi_syscalls.h>
#include <errno.h>
#include <unistd.h>

off_t lseek(int fd, off_t offset, int whence) {
  // CloudABI numbers the whence values differently from POSIX.
  static const cloudabi_whence_t whences[] = {
      [SEEK_SET] = CLOUDABI_WHENCE_SET,
      [SEEK_CUR] = CLOUDABI_WHENCE_CUR,
      [SEEK_END] = CLOUDABI_WHENCE_END,
  };
  if (whence < 0 || whence > SEEK_END) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_filesize_t newoffset;
  cloudabi_errno_t error =
      cloudabi_sys_fd_seek((cloudabi_fd_t)fd, offset, whences[whence], &newoffset);
  if (error != 0) {
    // Seeking a pipe or socket lacks FD_SEEK: POSIX calls that ESPIPE.
    errno = error == ENOTCAPABLE ? ESPIPE : error;
    return -1;
  }
  return (off_t)newoffset;
}
