#include <cloudabi_types.h>
#include <errno.h>
#include <pthread.h>

// Timed waits measure their deadline on this clock.
int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clock) {
  if (clock != CLOUDABI_CLOCK_REALTIME && clock != CLOUDABI_CLOCK_MONOTONIC)
    return EINVAL;
  attr->__clock = clock;
  return 0;
}
