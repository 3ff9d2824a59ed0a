#include <errno.h>
#include <pthread.h>

#include "pthread_impl.h"

int pthread_spin_unlock(pthread_spinlock_t *s) {
  cloudabi_lock_t expected = lock_self() | CLOUDABI_LOCK_WRLOCKED;
  if (!atomic_compare_exchange_strong_explicit((lock_word_t *)&s->__lock,
                                               &expected, 0,
                                               memory_order_release,
                                               memory_order_relaxed))
    return EPERM;
  return 0;
}
