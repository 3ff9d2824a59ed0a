#include <cloudabi_syscalls.h>
#include <stddef.h>
#include <sys/time.h>

int gettimeofday(struct timeval *restrict tp, void *restrict tzp) {
  // tzp is ignored: time zones are not the kernel's business.
  (void)tzp;
  if (tp == NULL)
    return 0;
  cloudabi_timestamp_t t = 0;
  cloudabi_sys_clock_time_get(CLOUDABI_CLOCK_REALTIME, 1000, &t);
  tp->tv_sec = (time_t)(t / 1000000000);
  tp->tv_usec = (suseconds_t)(t % 1000000000 / 1000);
  return 0;
}
