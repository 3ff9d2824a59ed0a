#include <cloudabi_syscalls.h>
#include <time.h>

clock_t clock(void) {
  cloudabi_timestamp_t t;
  if (cloudabi_sys_clock_time_get(CLOUDABI_CLOCK_PROCESS_CPUTIME_ID, 1000, &t) != 0)
    return (clock_t)-1;
  return (clock_t)(t / (1000000000 / CLOCKS_PER_SEC));
}
