#include <errno.h>
#include <signal.h>
#include <signal_impl.h>

// A signal the calling thread blocks stays pending until it is unblocked
// (SIGKILL and SIGSTOP are never blocked).
int raise(int sig) {
  if (sig <= 0 || sig >= NSIG) {
    errno = EINVAL;
    return -1;
  }
  if ((__signal_blocked & signal_bit(sig)) != 0) {
    __signal_set_pending(sig);
    return 0;
  }
  return __signal_deliver(sig);
}
