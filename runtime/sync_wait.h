// The kernel side of CloudABI's user-space locks and condition variables
// (cloudabi-abi.md §7): waiting (reached through poll), handing ownership
// over on unlock, and requeueing signalled condvar waiters onto the lock.
// PRIVATE scope is handled with per-process wait queues (sys_lock.c),
// SHARED scope with process-shared futexes (sync_shared.c).
#ifndef RUNTIME_SYNC_WAIT_H
#define RUNTIME_SYNC_WAIT_H

#include <cloudabi_types.h>
#include <stdbool.h>

#include "deadline.h"

// Blocks until the lock at `lock` is held by the caller (for writing if
// `write`), or until dl passes (dl may be NULL): then *timed_out is set and
// the lock is not held.
cloudabi_errno_t sync_lock_wait(void *lock, cloudabi_scope_t scope, bool write,
                                const struct deadline *dl, bool *timed_out);

// Releases `lock` (write-locked by the caller) and waits on `condvar`.
// Returns with the lock write-locked again, signalled or timed out.
cloudabi_errno_t sync_condvar_wait(void *condvar, cloudabi_scope_t condvar_scope, void *lock,
                                   cloudabi_scope_t lock_scope, const struct deadline *dl,
                                   bool *timed_out);

// Releases a lock the caller holds for writing (lock_unlock); EPERM if it
// does not.
cloudabi_errno_t sync_unlock_scoped(void *lock, cloudabi_scope_t scope);

// thread_exit: releases the caller's write lock, waking joiners.
void sync_release_on_exit(void *lock, cloudabi_scope_t scope);

// PRIVATE and SHARED are valid scopes; anything else is EINVAL.
cloudabi_errno_t sync_check_scope(cloudabi_scope_t scope);

// proc_fork: the wait tables are consistent while the child is made; the
// child drops every waiter (their threads do not exist there).
void sync_fork_prepare(void);
void sync_fork_parent(void);
void sync_fork_child(void);

#endif
