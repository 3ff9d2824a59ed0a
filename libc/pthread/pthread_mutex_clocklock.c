#include <pthread.h>

#include "pthread_impl.h"

int pthread_mutex_clocklock(pthread_mutex_t *restrict m, clockid_t clock,
                            const struct timespec *restrict abstime) {
  return __pthread_mutex_lock(m, clock, abstime);
}
