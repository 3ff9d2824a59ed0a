#include <cloudabi_syscalls.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>

int shm_open(const char *path, int oflag, mode_t mode) {
  // Only anonymous objects exist; there is no name space to look names up
  // in.  There are no permission bits for mode either.
  (void)mode;
  int accmode = oflag & O_ACCMODE;
  if (path != SHM_ANON || (accmode != O_RDONLY && accmode != O_RDWR) ||
      (oflag & ~(O_ACCMODE | O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC)) != 0) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_fd_t fd;
  cloudabi_errno_t error = cloudabi_sys_fd_create1(CLOUDABI_FILETYPE_SHARED_MEMORY, &fd);
  if (error != 0) {
    errno = error;
    return -1;
  }
  if (accmode == O_RDONLY) {
    // Read-only: drop the rights that change the contents or size.
    cloudabi_fdstat_t fds;
    error = cloudabi_sys_fd_stat_get(fd, &fds);
    if (error == 0) {
      fds.fs_rights_base &= ~(CLOUDABI_RIGHT_FD_WRITE | CLOUDABI_RIGHT_FILE_STAT_FPUT_SIZE |
                              CLOUDABI_RIGHT_FILE_ALLOCATE | CLOUDABI_RIGHT_FD_DATASYNC);
      error = cloudabi_sys_fd_stat_put(fd, &fds, CLOUDABI_FDSTAT_RIGHTS);
    }
    if (error != 0) {
      cloudabi_sys_fd_close(fd);
      errno = error;
      return -1;
    }
  }
  return (int)fd;
}
