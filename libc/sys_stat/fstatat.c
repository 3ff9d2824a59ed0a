#include <cloudabi_syscalls.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include "stat_impl.h"

int fstatat(int fd, const char *restrict path, struct stat *restrict buf, int flag) {
  if ((flag & ~AT_SYMLINK_NOFOLLOW) != 0) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_lookup_t lookup = {
      .fd = (cloudabi_fd_t)fd,
      .flags = (flag & AT_SYMLINK_NOFOLLOW) ? 0 : CLOUDABI_LOOKUP_SYMLINK_FOLLOW,
  };
  cloudabi_filestat_t fs;
  cloudabi_errno_t error = cloudabi_sys_file_stat_get(lookup, path, strlen(path), &fs);
  if (error != 0) {
    errno = error;
    return -1;
  }
  stat_from_filestat(&fs, buf);
  return 0;
}
