// Handing locks over and waking condition variable waiters: the only
// system calls on the release side, made only when the word says that
// someone sleeps.
#include <cloudabi_syscalls.h>

#include "lock.h"

cloudabi_errno_t __lock_unlock_kernel(lock_word_t *l, cloudabi_scope_t scope) {
  cloudabi_errno_t error = cloudabi_sys_lock_unlock(l, scope);
  // In the child of proc_fork, until __pthread_fork_child, the thread
  // still uses the forking thread's tid, which the runtime refuses as the
  // owner (EPERM).  A private lock taken around the fork (by the allocator
  // or a pthread_atfork handler) may still say that threads sleep on it,
  // but the runtime dropped all those waiters in the child: nobody is to
  // be woken, so the lock is simply released here.
  if (error == CLOUDABI_EPERM && scope == CLOUDABI_SCOPE_PRIVATE &&
      lock_is_owner(atomic_load_explicit(l, memory_order_relaxed), lock_self())) {
    atomic_store_explicit(l, CLOUDABI_LOCK_UNLOCKED, memory_order_release);
    return 0;
  }
  return error;
}

cloudabi_errno_t __condvar_wake(condvar_word_t *c, cloudabi_scope_t scope,
                                cloudabi_nthreads_t n) {
  if (atomic_load_explicit(c, memory_order_relaxed) ==
      CLOUDABI_CONDVAR_HAS_NO_WAITERS)
    return 0;
  return cloudabi_sys_condvar_signal(c, scope, n);
}
