#include <cloudabi_syscalls.h>
#include <errno.h>
#include <time.h>

#include "stat_impl.h"

int clock_gettime(clockid_t clock_id, struct timespec *tp) {
  cloudabi_timestamp_t t;
  cloudabi_errno_t error = cloudabi_sys_clock_time_get(clock_id, 1, &t);
  if (error != 0) {
    errno = error;
    return -1;
  }
  *tp = timespec_from_timestamp(t);
  return 0;
}
