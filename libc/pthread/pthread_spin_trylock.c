#include <errno.h>
#include <pthread.h>

#include "pthread_impl.h"

int pthread_spin_trylock(pthread_spinlock_t *s) {
  return lock_try_wrlock((lock_word_t *)&s->__lock, lock_self()) ? 0 : EBUSY;
}
