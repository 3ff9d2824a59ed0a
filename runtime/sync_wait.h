// The kernel side of CloudABI's user-space locks and condition variables
// (cloudabi-abi.md §7): waiting (reached through poll), handing ownership
// over on unlock, and requeueing signalled condvar waiters onto the lock.
#ifndef RUNTIME_SYNC_WAIT_H
#define RUNTIME_SYNC_WAIT_H

#include <cloudabi_types.h>
#include <stdbool.h>

#include "deadline.h"

// Blocks until the lock at `lock` is held by the caller (for writing if
// `write`), or until dl passes (dl may be NULL): then *timed_out is set and
// the lock is not held.
cloudabi_errno_t sync_lock_wait(void *lock, bool write, const struct deadline *dl,
                                bool *timed_out);

// Releases `lock` (write-locked by the caller) and waits on `condvar`.
// Returns with the lock write-locked again, signalled or timed out.
cloudabi_errno_t sync_condvar_wait(void *condvar, void *lock, const struct deadline *dl,
                                   bool *timed_out);

// thread_exit: releases the caller's write lock, waking joiners.
void sync_release_on_exit(void *lock);

// The scope of a lock or condvar: only PRIVATE is supported (ENOTSUP for
// SHARED, EINVAL for anything else).
cloudabi_errno_t sync_check_scope(cloudabi_scope_t scope);

#endif
