#include <cloudabi_syscalls.h>
#include <threads.h>

// Without signals a sleep is never interrupted: it returns 0 after the full
// duration, or -2 for an invalid duration.
int thrd_sleep(const struct timespec *duration, struct timespec *remaining) {
  (void)remaining;
  if (duration->tv_sec < 0 || duration->tv_nsec < 0 ||
      duration->tv_nsec >= 1000000000)
    return -2;
  cloudabi_timestamp_t ns = (uint64_t)duration->tv_nsec;
  if ((uint64_t)duration->tv_sec > (UINT64_MAX - ns) / 1000000000)
    ns = UINT64_MAX;
  else
    ns += (uint64_t)duration->tv_sec * 1000000000;
  cloudabi_subscription_t sub = {
      .type = CLOUDABI_EVENTTYPE_CLOCK,
      .clock.clock_id = CLOUDABI_CLOCK_MONOTONIC,
      .clock.timeout = ns,
  };
  cloudabi_event_t ev;
  size_t n;
  if (cloudabi_sys_poll(&sub, &ev, 1, &n) != 0 || n != 1 || ev.error != 0)
    return -2;
  return 0;
}
