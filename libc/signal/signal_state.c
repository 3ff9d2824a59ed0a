// Internal: each thread's signal mask and pending set (see signal_impl.h).
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <signal_impl.h>

_Thread_local unsigned long __signal_blocked;
_Atomic(unsigned int) __signal_discards[NSIG];

// Standard signals do not queue: one bit per signal, plus the discard
// count it was recorded under.
static _Thread_local struct {
  unsigned long bits;
  unsigned int discards[NSIG];
} pending;

void __signal_set_pending(int sig) {
  pending.bits |= signal_bit(sig);
  pending.discards[sig] =
      atomic_load_explicit(&__signal_discards[sig], memory_order_relaxed);
}

unsigned long __signal_pending(void) {
  unsigned long valid = 0;
  for (int sig = 1; sig < NSIG; ++sig) {
    if ((pending.bits & signal_bit(sig)) != 0 &&
        pending.discards[sig] ==
            atomic_load_explicit(&__signal_discards[sig], memory_order_relaxed))
      valid |= signal_bit(sig);
  }
  pending.bits = valid;
  return valid;
}

void __signal_fork_child(void) {
  pending.bits = 0;
}

int __signal_deliver(int sig) {
  signal_handler_t handler = atomic_load(&__signal_handlers[sig]);
  if (handler == SIG_IGN)
    return 0;
  if (handler != SIG_DFL) {
    // As sigaction without SA_NODEFER: sig is blocked while its handler
    // runs, and the mask from before is back when it returns.
    unsigned long saved = __signal_blocked;
    __signal_blocked |= signal_bit(sig);
    handler(sig);
    __signal_set_mask(saved);
    return 0;
  }
  cloudabi_errno_t error = cloudabi_sys_proc_raise((cloudabi_signal_t)sig);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}

int __signal_set_mask(unsigned long mask) {
  __signal_blocked = mask & SIGNAL_VALID_BITS & ~SIGNAL_UNBLOCKABLE;
  int delivered = 0;
  for (;;) {
    unsigned long ready = __signal_pending() & ~__signal_blocked;
    if (ready == 0)
      return delivered;
    int sig = __builtin_ctzl(ready);
    pending.bits &= ~signal_bit(sig);
    __signal_deliver(sig);
    ++delivered;
  }
}
