#include <pthread.h>

#include "pthread_impl.h"

int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict rw,
                               const struct timespec *restrict abstime) {
  return __pthread_rwlock_rdlock(rw, CLOUDABI_CLOCK_REALTIME, abstime);
}
