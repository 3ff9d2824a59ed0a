#include <cloudabi_syscalls.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>

int posix_fallocate(int fd, off_t offset, off_t len) {
  if (offset < 0 || len <= 0)
    return EINVAL;
  if (len > INT64_MAX - offset)
    return EFBIG;
  cloudabi_errno_t error = cloudabi_sys_file_allocate((cloudabi_fd_t)fd,
                                                      (cloudabi_filesize_t)offset,
                                                      (cloudabi_filesize_t)len);
  if (error == ENOTCAPABLE) {
    // POSIX: ESPIPE for a pipe or socket, EBADF when not open for writing.
    // A writable descriptor that merely lacks FILE_ALLOCATE stays
    // ENOTCAPABLE.
    cloudabi_fdstat_t fds;
    if (cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds) == 0) {
      if (fds.fs_filetype == CLOUDABI_FILETYPE_SOCKET_STREAM ||
          fds.fs_filetype == CLOUDABI_FILETYPE_SOCKET_DGRAM)
        return ESPIPE;
      if ((fds.fs_rights_base & CLOUDABI_RIGHT_FD_WRITE) == 0)
        return EBADF;
    }
  }
  return error;
}
