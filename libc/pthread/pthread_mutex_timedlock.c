#include <pthread.h>

#include "pthread_impl.h"

int pthread_mutex_timedlock(pthread_mutex_t *restrict m,
                            const struct timespec *restrict abstime) {
  return __pthread_mutex_lock(m, CLOUDABI_CLOCK_REALTIME, abstime);
}
