// Internal: the handlers installed with signal(), and each thread's signal
// mask and pending set.
//
// CloudABI delivers no signals to handlers.  signal() records a handler
// per signal number and raise() and abort() consult it, which is the C
// standard's minimum (a signal raised by the program itself reaches its
// handler).  Signals from elsewhere keep their default action.
//
// raise() is directed at the calling thread, so the mask (sigprocmask,
// pthread_sigmask) and the pending set are thread-local.  A raised signal
// that the thread blocks is recorded as pending and delivered when it is
// unblocked.  Installing SIG_IGN (or SIG_DFL for a signal whose default is
// to be ignored) discards that signal where it is pending, in every
// thread: a pending entry is only valid while the signal's discard count
// is the one it was recorded with.
#ifndef LIBC_INTERNAL_SIGNAL_IMPL_H
#define LIBC_INTERNAL_SIGNAL_IMPL_H

#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>

typedef void (*signal_handler_t)(int);

// Indexed by signal number; SIG_DFL (a null pointer) until set.
extern _Atomic(signal_handler_t) __signal_handlers[NSIG];

// Bits 1 .. NSIG - 1.
#define SIGNAL_VALID_BITS (((1UL << NSIG) - 1) & ~1UL)
// The signals that can be neither blocked, caught nor ignored.
#define SIGNAL_UNBLOCKABLE ((1UL << SIGKILL) | (1UL << SIGSTOP))

static inline unsigned long signal_bit(int sig) {
  return 1UL << sig;
}

// CloudABI's default action for these is to ignore them (SIGCONT: to
// continue, which for a running process is the same).
static inline bool signal_default_ignored(int sig) {
  return sig == SIGCHLD || sig == SIGCONT || sig == SIGPIPE || sig == SIGURG;
}

// The calling thread's blocked signals.  Initial-exec: setjmp's assembly
// (sigsetjmp) reads it %fs-relative.
extern _Thread_local unsigned long __signal_blocked
    __attribute__((tls_model("initial-exec")));

// How often each signal's pending instances have been discarded.
extern _Atomic(unsigned int) __signal_discards[NSIG];

// Records sig as pending for the calling thread.
void __signal_set_pending(int sig);
// The calling thread's valid pending signals.
unsigned long __signal_pending(void);
// Forgets the calling thread's pending signals (a forked child's).
void __signal_fork_child(void);
// Takes sig's action now: its handler with sig blocked while it runs,
// nothing if ignored, or the default action.  0, or -1 with errno.
int __signal_deliver(int sig);
// Installs a new mask for the calling thread and delivers the pending
// signals it unblocks, lowest number first.  Returns how many were
// delivered.
int __signal_set_mask(unsigned long mask);

#endif
