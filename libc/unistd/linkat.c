#include <cloudabi_syscalls.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

int linkat(int fd1, const char *path1, int fd2, const char *path2, int flag) {
  if ((flag & ~AT_SYMLINK_FOLLOW) != 0) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_lookup_t lookup = {
      .fd = (cloudabi_fd_t)fd1,
      .flags = (flag & AT_SYMLINK_FOLLOW) ? CLOUDABI_LOOKUP_SYMLINK_FOLLOW : 0,
  };
  cloudabi_errno_t error = cloudabi_sys_file_link(lookup, path1, strlen(path1),
                                                  (cloudabi_fd_t)fd2, path2, strlen(path2));
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
