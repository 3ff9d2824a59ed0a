#include <cloudabi_syscalls.h>
#include <time.h>

time_t time(time_t *tloc) {
  // Whole seconds are asked for, so a reading up to a millisecond old will
  // do.
  cloudabi_timestamp_t t;
  time_t now = cloudabi_sys_clock_time_get(CLOUDABI_CLOCK_REALTIME, 1000000, &t) == 0
                   ? (time_t)(t / 1000000000)
                   : (time_t)-1;
  if (tloc != NULL)
    *tloc = now;
  return now;
}
