#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/times.h>

// sysconf(_SC_CLK_TCK).
#define TICKS_PER_SECOND 100
#define NS_PER_TICK (1000000000 / TICKS_PER_SECOND)

clock_t times(struct tms *buffer) {
  cloudabi_timestamp_t cpu, now;
  cloudabi_errno_t error =
      cloudabi_sys_clock_time_get(CLOUDABI_CLOCK_PROCESS_CPUTIME_ID, 1, &cpu);
  if (error == 0)
    error = cloudabi_sys_clock_time_get(CLOUDABI_CLOCK_MONOTONIC, 1, &now);
  if (error != 0) {
    errno = error;
    return (clock_t)-1;
  }
  *buffer = (struct tms){.tms_utime = (clock_t)(cpu / NS_PER_TICK)};
  return (clock_t)(now / NS_PER_TICK);
}
