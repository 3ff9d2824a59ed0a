// Handing locks over and waking condition variable waiters: the only
// system calls on the release side, made only when the word says that
// someone sleeps.
#include <cloudabi_syscalls.h>

#include "lock.h"

cloudabi_errno_t __lock_unlock_kernel(lock_word_t *l, cloudabi_scope_t scope) {
  return cloudabi_sys_lock_unlock(l, scope);
}

cloudabi_errno_t __condvar_wake(condvar_word_t *c, cloudabi_scope_t scope,
                                cloudabi_nthreads_t n) {
  if (atomic_load_explicit(c, memory_order_relaxed) ==
      CLOUDABI_CONDVAR_HAS_NO_WAITERS)
    return 0;
  return cloudabi_sys_condvar_signal(c, scope, n);
}
