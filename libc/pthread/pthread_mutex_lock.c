#include <pthread.h>

#include "pthread_impl.h"

int pthread_mutex_lock(pthread_mutex_t *m) {
  if (__builtin_expect(lock_try_wrlock(mutex_word(m), lock_self()), 1))
    return 0;
  return __pthread_mutex_lock(m, 0, NULL);
}
