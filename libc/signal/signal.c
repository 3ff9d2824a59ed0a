#include <errno.h>
#include <signal.h>
#include <signal_impl.h>

// Handlers run only for signals the program raises itself (see
// <signal.h>).  SIGKILL and SIGSTOP cannot be caught or ignored, as in
// POSIX.  A handler stays installed after it runs (BSD and glibc
// semantics, not the System V reset).
void (*signal(int sig, void (*handler)(int)))(int) {
  if (sig <= 0 || sig >= NSIG || sig == SIGKILL || sig == SIGSTOP ||
      handler == SIG_ERR) {
    errno = EINVAL;
    return SIG_ERR;
  }
  return atomic_exchange(&__signal_handlers[sig], handler);
}
