// Internal: semaphores.  __value counts the tokens; a waiter that finds
// none registers in __waiters and sleeps on the condition variable word
// __cond with the lock word __lock held.  sem_post adds a token with one
// atomic operation and only takes the lock to wake someone when __waiters
// is non-zero.  Both sides use sequentially consistent operations, so
// either the poster sees the waiter registered or the waiter sees the new
// token before it sleeps.
#ifndef LIBC_INTERNAL_PTHREAD_SEM_H
#define LIBC_INTERNAL_PTHREAD_SEM_H

#include <semaphore.h>
#include <stdatomic.h>
#include <stdbool.h>

#include "lock.h"

static inline _Atomic(uint32_t) *sem_value(sem_t *sem) {
  return (_Atomic(uint32_t) *)&sem->__value;
}

static inline _Atomic(uint32_t) *sem_waiters(sem_t *sem) {
  return (_Atomic(uint32_t) *)&sem->__waiters;
}

// Takes a token if there is one.
static inline bool sem_try_take(sem_t *sem) {
  uint32_t v = atomic_load(sem_value(sem));
  while (v > 0)
    if (atomic_compare_exchange_weak(sem_value(sem), &v, v - 1))
      return true;
  return false;
}

// sem_wait, sem_timedwait, sem_clockwait: 0 or an error number.
int __sem_wait(sem_t *, cloudabi_clockid_t, const struct timespec *);

#endif
