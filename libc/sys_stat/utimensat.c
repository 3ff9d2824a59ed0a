#include <cloudabi_syscalls.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include "stat_impl.h"

int utimensat(int fd, const char *path, const struct timespec times[2], int flag) {
  cloudabi_filestat_t fs;
  cloudabi_fsflags_t flags;
  if ((flag & ~AT_SYMLINK_NOFOLLOW) != 0 || !filestat_times_from_timespecs(times, &fs, &flags)) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_lookup_t lookup = {
      .fd = (cloudabi_fd_t)fd,
      .flags = (flag & AT_SYMLINK_NOFOLLOW) ? 0 : CLOUDABI_LOOKUP_SYMLINK_FOLLOW,
  };
  // Both omitted: nothing to change, but the file must still exist.
  cloudabi_errno_t error =
      flags == 0 ? cloudabi_sys_file_stat_get(lookup, path, strlen(path), &fs)
                 : cloudabi_sys_file_stat_put(lookup, path, strlen(path), &fs, flags);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
