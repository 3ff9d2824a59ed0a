#include <cloudabi_syscalls.h>
#include <errno.h>
#include <pthread.h>

#include "pthread_impl.h"

// The word holds the owner's tid like a lock word, so that re-locking by
// the owner is reported instead of spinning forever.  Waiters read before
// they write and yield the CPU after a while, in case the owner is not
// running.
int pthread_spin_lock(pthread_spinlock_t *s) {
  lock_word_t *word = (lock_word_t *)&s->__lock;
  cloudabi_tid_t tid = lock_self();
  for (unsigned spins = 0;; spins++) {
    cloudabi_lock_t w = atomic_load_explicit(word, memory_order_relaxed);
    if (w == 0 && lock_try_wrlock(word, tid))
      return 0;
    if (w == (tid | CLOUDABI_LOCK_WRLOCKED))
      return EDEADLK;
    if (spins < 1000)
      __builtin_ia32_pause();
    else
      cloudabi_sys_thread_yield();
  }
}
