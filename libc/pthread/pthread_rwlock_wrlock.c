#include <pthread.h>

#include "pthread_impl.h"

int pthread_rwlock_wrlock(pthread_rwlock_t *rw) {
  return __pthread_rwlock_wrlock(rw, 0, NULL);
}
