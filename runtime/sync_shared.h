// SHARED-scope locks and condition variables (sync_shared.c): futexes on
// the guest words themselves, no runtime bookkeeping.
#ifndef RUNTIME_SYNC_SHARED_H
#define RUNTIME_SYNC_SHARED_H

#include "sync_wait.h"

cloudabi_errno_t shared_lock_wait(void *lock, bool write, const struct deadline *dl,
                                  bool *timed_out);
// EPERM unless the caller holds the lock for writing.
cloudabi_errno_t shared_lock_unlock(void *lock);
// Used for a SHARED condvar (with a lock of either scope) and for a
// PRIVATE condvar paired with a SHARED lock.
cloudabi_errno_t shared_condvar_wait(void *condvar, void *lock, cloudabi_scope_t lock_scope,
                                     const struct deadline *dl, bool *timed_out);
cloudabi_errno_t shared_condvar_signal(void *condvar, cloudabi_nthreads_t nwaiters);

#endif
