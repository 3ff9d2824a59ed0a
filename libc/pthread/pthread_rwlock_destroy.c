#include <errno.h>
#include <pthread.h>

int pthread_rwlock_destroy(pthread_rwlock_t *rw) {
  if (__atomic_load_n(&rw->__lock, __ATOMIC_RELAXED) != 0)
    return EBUSY;
  return 0;
}
