#include <signal.h>
#include <signal_impl.h>

// Only the calling thread's own raise() calls can make a signal pending.
int sigpending(sigset_t *set) {
  set->__mask = __signal_pending();
  return 0;
}
