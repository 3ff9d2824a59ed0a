#include <errno.h>

#include "pthread_impl.h"

cloudabi_errno_t __pthread_deadline(cloudabi_clockid_t clock,
                                    const struct timespec *ts,
                                    struct lock_deadline *d) {
  if (clock != CLOUDABI_CLOCK_REALTIME && clock != CLOUDABI_CLOCK_MONOTONIC)
    return EINVAL;
  if (ts->tv_nsec < 0 || ts->tv_nsec >= 1000000000)
    return EINVAL;
  d->clock = clock;
  if (ts->tv_sec < 0) {
    d->time = 0;
  } else if ((uint64_t)ts->tv_sec > (UINT64_MAX - 999999999) / 1000000000) {
    d->time = UINT64_MAX;  // beyond the range of the clocks: never
  } else {
    d->time = (uint64_t)ts->tv_sec * 1000000000 + (uint64_t)ts->tv_nsec;
  }
  return 0;
}
