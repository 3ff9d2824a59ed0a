#include <pthread.h>

#include "pthread_impl.h"

int pthread_cond_wait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m) {
  return __pthread_cond_wait(c, m, 0, NULL);
}
