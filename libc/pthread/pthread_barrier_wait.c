#include <pthread.h>

#include "pthread_impl.h"

// The last thread of a round starts the next generation and wakes the
// others, who wait for the generation number to change (which also makes
// them immune to spurious wake-ups and to early arrivals of the next round).
int pthread_barrier_wait(pthread_barrier_t *b) {
  lock_word_t *lock = (lock_word_t *)&b->__lock;
  condvar_word_t *cond = (condvar_word_t *)&b->__waiters;
  cloudabi_scope_t scope = lock_scope(b->__shared);
  cloudabi_tid_t tid = lock_self();
  int error = lock_wrlock(lock, tid, scope, NULL);
  if (error != 0)
    return error;
  uint32_t generation = b->__generation;
  if (++b->__arrived == b->__count) {
    b->__arrived = 0;
    b->__generation = generation + 1;
    error = __condvar_wake(cond, scope, UINT32_MAX);
    lock_wrunlock(lock, tid, scope);
    return error != 0 ? error : PTHREAD_BARRIER_SERIAL_THREAD;
  }
  do {
    error = __condvar_wait(cond, scope, lock, scope, NULL);
  } while (error == 0 && b->__generation == generation);
  lock_wrunlock(lock, tid, scope);
  return error;
}
