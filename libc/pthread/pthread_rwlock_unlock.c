#include <errno.h>
#include <pthread.h>

#include "pthread_impl.h"

int pthread_rwlock_unlock(pthread_rwlock_t *rw) {
  lock_word_t *word = rwlock_word(rw);
  cloudabi_scope_t scope = lock_scope(rw->__shared);
  cloudabi_tid_t tid = lock_self();
  cloudabi_lock_t w = atomic_load_explicit(word, memory_order_relaxed);
  if (w & CLOUDABI_LOCK_WRLOCKED)
    return lock_wrunlock(word, tid, scope);

  // Releasing a read lock.
  if (__pthread_rdlocks == 0)
    return EPERM;
  for (;;) {
    if ((w & ~CLOUDABI_LOCK_KERNEL_MANAGED) == 0)
      return EPERM;  // not locked at all
    if (w == (1 | CLOUDABI_LOCK_KERNEL_MANAGED)) {
      // The last reader, and writers sleep: turn the read lock into a write
      // lock first, so that no new reader slips in, then let the runtime
      // pass it on (ABI §7.1).
      if (atomic_compare_exchange_weak_explicit(
              word, &w,
              tid | CLOUDABI_LOCK_WRLOCKED | CLOUDABI_LOCK_KERNEL_MANAGED,
              memory_order_release, memory_order_relaxed)) {
        __pthread_rdlocks--;
        return __lock_unlock_kernel(word, scope);
      }
    } else if (atomic_compare_exchange_weak_explicit(word, &w, w - 1,
                                                     memory_order_release,
                                                     memory_order_relaxed)) {
      __pthread_rdlocks--;
      return 0;
    }
  }
}
