#include <pthread.h>

#include "pthread_impl.h"

int pthread_rwlock_clockwrlock(pthread_rwlock_t *restrict rw, clockid_t clock,
                               const struct timespec *restrict abstime) {
  return __pthread_rwlock_wrlock(rw, clock, abstime);
}
