#include <errno.h>

#include "pthread_impl.h"
#include "pthread_sem.h"

int __sem_wait(sem_t *sem, cloudabi_clockid_t clock,
               const struct timespec *abstime) {
  if (sem_try_take(sem))
    return 0;
  struct lock_deadline deadline, *d = NULL;
  if (abstime != NULL) {
    int error = __pthread_deadline(clock, abstime, &deadline);
    if (error != 0)
      return error;
    d = &deadline;
  }
  lock_word_t *lock = (lock_word_t *)&sem->__lock;
  condvar_word_t *cond = (condvar_word_t *)&sem->__cond;
  cloudabi_scope_t scope = lock_scope(sem->__shared);
  cloudabi_tid_t tid = lock_self();
  int error = lock_wrlock(lock, tid, scope, NULL);
  if (error != 0)
    return error;
  atomic_fetch_add(sem_waiters(sem), 1);
  while (!sem_try_take(sem)) {
    error = __condvar_wait(cond, scope, lock, scope, d);
    if (error != 0) {
      // A token that arrived with the deadline still counts.
      if (error == ETIMEDOUT && sem_try_take(sem))
        error = 0;
      break;
    }
  }
  atomic_fetch_sub(sem_waiters(sem), 1);
  lock_wrunlock(lock, tid, scope);
  return error;
}
