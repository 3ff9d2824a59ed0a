#include <errno.h>

#include "pthread_impl.h"

_Thread_local unsigned long __pthread_rdlocks;

int __pthread_rwlock_rdlock(pthread_rwlock_t *rw, cloudabi_clockid_t clock,
                            const struct timespec *abstime) {
  lock_word_t *word = rwlock_word(rw);
  int error = rwlock_try_rdlock(word);
  if (error != EBUSY)
    return error;
  if (lock_is_owner(atomic_load_explicit(word, memory_order_relaxed),
                    lock_self()))
    return EDEADLK;
  struct lock_deadline deadline, *d = NULL;
  if (abstime != NULL) {
    error = __pthread_deadline(clock, abstime, &deadline);
    if (error != 0)
      return error;
    d = &deadline;
  }
  // Queues behind waiting writers; the runtime hands over the read lock.
  error = __lock_rdlock_wait(word, lock_scope(rw->__shared), d);
  if (error == 0)
    __pthread_rdlocks++;
  return error;
}
