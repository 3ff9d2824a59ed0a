#include <errno.h>
#include <signal.h>
#include <signal_impl.h>

// The mask is the calling thread's; new threads start with their creator's.
// Pending signals that the new mask unblocks are delivered before return.
int pthread_sigmask(int how, const sigset_t *restrict set,
                    sigset_t *restrict oset) {
  unsigned long old = __signal_blocked, mask = old;
  if (set != NULL) {
    switch (how) {
      case SIG_BLOCK:
        mask = old | set->__mask;
        break;
      case SIG_UNBLOCK:
        mask = old & ~set->__mask;
        break;
      case SIG_SETMASK:
        mask = set->__mask;
        break;
      default:
        return EINVAL;
    }
  }
  if (oset != NULL)
    oset->__mask = old;
  if (set != NULL)
    __signal_set_mask(mask);
  return 0;
}
