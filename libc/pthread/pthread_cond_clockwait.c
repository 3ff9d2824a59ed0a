#include <pthread.h>

#include "pthread_impl.h"

int pthread_cond_clockwait(pthread_cond_t *restrict c,
                           pthread_mutex_t *restrict m, clockid_t clock,
                           const struct timespec *restrict abstime) {
  return __pthread_cond_wait(c, m, clock, abstime);
}
