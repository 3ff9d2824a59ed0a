#include <cloudabi_syscalls.h>
#include <errno.h>
#include <time.h>

#include "stat_impl.h"

int clock_nanosleep(clockid_t clock_id, int flags, const struct timespec *rqtp,
                    struct timespec *rmtp) {
  if ((flags & ~TIMER_ABSTIME) != 0 || rqtp->tv_nsec < 0 || rqtp->tv_nsec >= NSEC_PER_SEC)
    return EINVAL;
  switch (clock_id) {
    case CLOCK_MONOTONIC:
    case CLOCK_REALTIME:
      break;
    case CLOCK_PROCESS_CPUTIME_ID:
      return ENOTSUP;
    default:
      // Includes the calling thread's CPU-time clock, which cannot advance
      // while it sleeps.
      return EINVAL;
  }
  // One poll on a single clock subscription is how CloudABI sleeps.
  cloudabi_subscription_t sub = {
      .type = CLOUDABI_EVENTTYPE_CLOCK,
      .clock.clock_id = clock_id,
      .clock.timeout = timestamp_from_timespec_clamped(rqtp),
      .clock.precision = 0,
      .clock.flags = (flags & TIMER_ABSTIME) ? CLOUDABI_SUBSCRIPTION_CLOCK_ABSTIME : 0,
  };
  cloudabi_event_t ev;
  size_t nevents;
  cloudabi_errno_t error = cloudabi_sys_poll(&sub, &ev, 1, &nevents);
  if (error == 0 && nevents == 1 && ev.error != 0)
    error = ev.error;
  if (error != 0)
    return error;
  // Not interrupted (there are no signals): nothing remains.
  if (rmtp != NULL && (flags & TIMER_ABSTIME) == 0)
    *rmtp = (struct timespec){.tv_sec = 0, .tv_nsec = 0};
  return 0;
}
