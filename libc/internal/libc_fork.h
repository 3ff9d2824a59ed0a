// Internal: what the library must do around proc_fork.
//
//   __libc_fork_prepare();
//   cloudabi_sys_proc_fork(&fd, &tid);
//   if (fd == CLOUDABI_PROCESS_CHILD)
//     __libc_fork_child(tid);   // first thing in the child
//   else
//     __libc_fork_parent();
//
// The child starts with only the forking thread: locks that other threads
// held in the parent are released or reset, its only thread gets its new
// tid, and per-process state that must not be shared with the parent
// (random generators, which would otherwise produce the same numbers in
// both) is reset.  stdio's FILE locks are not covered: a child that goes
// on to use a stream another thread was using may block; program_spawn's
// child only execs.
//
// The handlers registered with pthread_atfork run from these three as
// well: prepare handlers first thing in __libc_fork_prepare (newest first),
// parent handlers last in __libc_fork_parent, child handlers in
// __libc_fork_child just before the thread takes its new tid (oldest
// first).
#ifndef LIBC_INTERNAL_LIBC_FORK_H
#define LIBC_INTERNAL_LIBC_FORK_H

#include <cloudabi_types.h>

void __libc_fork_prepare(void);
void __libc_fork_parent(void);
void __libc_fork_child(cloudabi_tid_t tid);

#endif
