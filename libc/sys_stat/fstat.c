#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/stat.h>

#include "stat_impl.h"

int fstat(int fd, struct stat *buf) {
  cloudabi_filestat_t fs;
  cloudabi_errno_t error = cloudabi_sys_file_stat_fget((cloudabi_fd_t)fd, &fs);
  if (error != 0) {
    errno = error;
    return -1;
  }
  stat_from_filestat(&fs, buf);
  return 0;
}
