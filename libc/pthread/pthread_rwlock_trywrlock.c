#include <errno.h>
#include <pthread.h>

#include "pthread_impl.h"

int pthread_rwlock_trywrlock(pthread_rwlock_t *rw) {
  return lock_try_wrlock(rwlock_word(rw), lock_self()) ? 0 : EBUSY;
}
