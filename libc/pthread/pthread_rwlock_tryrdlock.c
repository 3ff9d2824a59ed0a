#include <pthread.h>

#include "pthread_impl.h"

int pthread_rwlock_tryrdlock(pthread_rwlock_t *rw) {
  return rwlock_try_rdlock(rwlock_word(rw));
}
