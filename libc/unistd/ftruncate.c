#include <cloudabi_syscalls.h>
#include <errno.h>
#include <unistd.h>

int ftruncate(int fd, off_t length) {
  if (length < 0) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_filestat_t fs = {.st_size = (cloudabi_filesize_t)length};
  cloudabi_errno_t error =
      cloudabi_sys_file_stat_fput((cloudabi_fd_t)fd, &fs, CLOUDABI_FILESTAT_SIZE);
  if (error == ENOTCAPABLE) {
    // POSIX: EINVAL for what cannot be truncated (sockets, directories),
    // EBADF when not open for writing.  A writable file that merely lacks
    // FILE_STAT_FPUT_SIZE stays ENOTCAPABLE.
    cloudabi_fdstat_t fds;
    if (cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds) == 0) {
      if (fds.fs_filetype != CLOUDABI_FILETYPE_REGULAR_FILE &&
          fds.fs_filetype != CLOUDABI_FILETYPE_SHARED_MEMORY)
        error = EINVAL;
      else if ((fds.fs_rights_base & CLOUDABI_RIGHT_FD_WRITE) == 0)
        error = EBADF;
    }
  }
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
