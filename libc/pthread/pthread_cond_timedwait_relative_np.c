#include <cloudabi_syscalls.h>
#include <errno.h>
#include <pthread.h>

#include "pthread_impl.h"

// As on macOS: the timeout is a duration, measured on the monotonic clock
// whatever clock the condition variable was initialised with, so changes
// of the wall clock neither shorten nor lengthen it.
int pthread_cond_timedwait_relative_np(pthread_cond_t *restrict c,
                                       pthread_mutex_t *restrict m,
                                       const struct timespec *restrict reltime) {
  if (reltime->tv_nsec < 0 || reltime->tv_nsec >= 1000000000)
    return EINVAL;
  cloudabi_timestamp_t now;
  cloudabi_errno_t error =
      cloudabi_sys_clock_time_get(CLOUDABI_CLOCK_MONOTONIC, 1, &now);
  if (error != 0)
    return error;
  struct timespec abstime = {
      .tv_sec = (time_t)(now / 1000000000),
      .tv_nsec = (long)(now % 1000000000),
  };
  if (reltime->tv_sec > 0) {
    // Saturate: an absurdly long wait is a wait without end.
    if (abstime.tv_sec > INT64_MAX - reltime->tv_sec)
      abstime.tv_sec = INT64_MAX;
    else
      abstime.tv_sec += reltime->tv_sec;
  }
  // A negative duration has already elapsed: the deadline is now.
  if (reltime->tv_sec >= 0) {
    abstime.tv_nsec += reltime->tv_nsec;
    if (abstime.tv_nsec >= 1000000000 && abstime.tv_sec < INT64_MAX) {
      abstime.tv_nsec -= 1000000000;
      abstime.tv_sec++;
    } else if (abstime.tv_nsec >= 1000000000) {
      abstime.tv_nsec = 999999999;
    }
  }
  return __pthread_cond_wait(c, m, CLOUDABI_CLOCK_MONOTONIC, &abstime);
}
