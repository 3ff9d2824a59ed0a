#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/stat.h>

#include "stat_impl.h"

int futimens(int fd, const struct timespec times[2]) {
  cloudabi_filestat_t fs;
  cloudabi_fsflags_t flags;
  if (!filestat_times_from_timespecs(times, &fs, &flags)) {
    errno = EINVAL;
    return -1;
  }
  // Both omitted: nothing to change, but the descriptor must still be valid.
  cloudabi_errno_t error = flags == 0
                               ? cloudabi_sys_file_stat_fget((cloudabi_fd_t)fd, &fs)
                               : cloudabi_sys_file_stat_fput((cloudabi_fd_t)fd, &fs, flags);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
