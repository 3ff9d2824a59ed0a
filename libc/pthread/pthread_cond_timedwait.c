#include <pthread.h>

#include "pthread_impl.h"

int pthread_cond_timedwait(pthread_cond_t *restrict c,
                           pthread_mutex_t *restrict m,
                           const struct timespec *restrict abstime) {
  clockid_t clock = c->__clock != 0 ? c->__clock : CLOCK_REALTIME;
  return __pthread_cond_wait(c, m, clock, abstime);
}
