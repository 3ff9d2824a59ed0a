#include <cloudabi_syscalls.h>
#include <time.h>

#include "stat_impl.h"

int timespec_get(struct timespec *ts, int base) {
  if (base != TIME_UTC)
    return 0;
  cloudabi_timestamp_t t;
  if (cloudabi_sys_clock_time_get(CLOUDABI_CLOCK_REALTIME, 1, &t) != 0)
    return 0;
  *ts = timespec_from_timestamp(t);
  return base;
}
