#include <errno.h>
#include <limits.h>
#include <semaphore.h>

#include "pthread_sem.h"

int sem_post(sem_t *sem) {
  uint32_t v = atomic_load(sem_value(sem));
  do {
    if (v >= SEM_VALUE_MAX) {
      errno = EOVERFLOW;
      return -1;
    }
  } while (!atomic_compare_exchange_weak(sem_value(sem), &v, v + 1));
  if (atomic_load(sem_waiters(sem)) == 0)
    return 0;
  // Someone sleeps or is about to: waking under the lock makes sure a
  // waiter that has not reached its poll yet is not missed.
  lock_word_t *lock = (lock_word_t *)&sem->__lock;
  cloudabi_scope_t scope = lock_scope(sem->__shared);
  cloudabi_tid_t tid = lock_self();
  int error = lock_wrlock(lock, tid, scope, NULL);
  if (error == 0) {
    error = __condvar_wake((condvar_word_t *)&sem->__cond, scope, 1);
    lock_wrunlock(lock, tid, scope);
  }
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
