#include <cloudabi_syscalls.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

int mkdirat(int fd, const char *path, mode_t mode) {
  // There are no permission bits: mode has nothing to apply to.
  (void)mode;
  cloudabi_errno_t error =
      cloudabi_sys_file_create((cloudabi_fd_t)fd, path, strlen(path), CLOUDABI_FILETYPE_DIRECTORY);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
