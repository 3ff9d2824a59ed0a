#include <pthread.h>

#include "pthread_impl.h"

// The first caller runs the routine while holding the once object's lock
// word; concurrent callers sleep on the lock and find __done set.
int pthread_once(pthread_once_t *once, void (*routine)(void)) {
  _Atomic(uint32_t) *done = (_Atomic(uint32_t) *)&once->__done;
  if (__builtin_expect(atomic_load_explicit(done, memory_order_acquire) != 0, 1))
    return 0;
  lock_word_t *lock = (lock_word_t *)&once->__lock;
  cloudabi_tid_t tid = lock_self();
  if (lock_is_owner(atomic_load_explicit(lock, memory_order_relaxed), tid))
    return CLOUDABI_EDEADLK;  // the routine called pthread_once recursively
  cloudabi_errno_t error = lock_wrlock(lock, tid, CLOUDABI_SCOPE_PRIVATE, NULL);
  if (error != 0)
    return error;
  if (atomic_load_explicit(done, memory_order_relaxed) == 0) {
    routine();
    atomic_store_explicit(done, 1, memory_order_release);
  }
  lock_wrunlock(lock, tid, CLOUDABI_SCOPE_PRIVATE);
  return 0;
}
