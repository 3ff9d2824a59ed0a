#include <cloudabi_syscalls.h>
#include <errno.h>
#include <time.h>

#include "stat_impl.h"

int clock_getres(clockid_t clock_id, struct timespec *res) {
  cloudabi_timestamp_t t;
  cloudabi_errno_t error = cloudabi_sys_clock_res_get(clock_id, &t);
  if (error != 0) {
    errno = error;
    return -1;
  }
  if (res != NULL)
    *res = timespec_from_timestamp(t);
  return 0;
}
