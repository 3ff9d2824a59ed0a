#include <errno.h>

#include "pthread_impl.h"

int __pthread_rwlock_wrlock(pthread_rwlock_t *rw, cloudabi_clockid_t clock,
                            const struct timespec *abstime) {
  lock_word_t *word = rwlock_word(rw);
  cloudabi_tid_t tid = lock_self();
  if (lock_try_wrlock(word, tid))
    return 0;
  if (lock_is_owner(atomic_load_explicit(word, memory_order_relaxed), tid))
    return EDEADLK;
  struct lock_deadline deadline, *d = NULL;
  if (abstime != NULL) {
    int error = __pthread_deadline(clock, abstime, &deadline);
    if (error != 0)
      return error;
    d = &deadline;
  }
  return __lock_wrlock_wait(word, lock_scope(rw->__shared), d);
}
