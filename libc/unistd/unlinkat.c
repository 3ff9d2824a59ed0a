#include <cloudabi_syscalls.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

int unlinkat(int fd, const char *path, int flag) {
  if ((flag & ~AT_REMOVEDIR) != 0) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_ulflags_t ulflags = (flag & AT_REMOVEDIR) ? CLOUDABI_UNLINK_REMOVEDIR : 0;
  cloudabi_errno_t error = cloudabi_sys_file_unlink((cloudabi_fd_t)fd, path, strlen(path), ulflags);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
