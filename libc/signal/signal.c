#include <errno.h>
#include <signal.h>
#include <signal_impl.h>

// Handlers run only for signals the program raises itself (see
// <signal.h>).  SIGKILL and SIGSTOP cannot be caught or ignored, as in
// POSIX.  A handler stays installed after it runs and its signal is
// blocked while it runs (BSD and glibc semantics, not the System V reset).
void (*signal(int sig, void (*handler)(int)))(int) {
  if (sig <= 0 || sig >= NSIG || sig == SIGKILL || sig == SIGSTOP ||
      handler == SIG_ERR) {
    errno = EINVAL;
    return SIG_ERR;
  }
  signal_handler_t old = atomic_exchange(&__signal_handlers[sig], handler);
  // POSIX: ignoring a pending signal discards it, blocked or not.
  if (handler == SIG_IGN || (handler == SIG_DFL && signal_default_ignored(sig)))
    atomic_fetch_add(&__signal_discards[sig], 1);
  return old;
}
