#include <errno.h>
#include <signal_impl.h>
#include <sys/select.h>

#include "select_impl.h"
#include "stat_impl.h"

int pselect(int nfds, fd_set *restrict readfds, fd_set *restrict writefds,
            fd_set *restrict errorfds, const struct timespec *restrict timeout,
            const sigset_t *restrict sigmask) {
  cloudabi_timestamp_t ns;
  if (timeout != NULL) {
    if (timeout->tv_nsec < 0 || timeout->tv_nsec >= NSEC_PER_SEC) {
      errno = EINVAL;
      return -1;
    }
    ns = timestamp_from_timespec_clamped(timeout);
  }
  if (sigmask == NULL)
    return __select_timeout(nfds, readfds, writefds, errorfds,
                            timeout != NULL ? &ns : NULL);
  // Only signals already pending can arrive (the thread raises its own):
  // if the wait's mask unblocks one, its handler runs and pselect is
  // interrupted before waiting.
  unsigned long saved = __signal_blocked;
  int result;
  if (__signal_set_mask(sigmask->__mask) > 0) {
    errno = EINTR;
    result = -1;
  } else {
    result = __select_timeout(nfds, readfds, writefds, errorfds,
                              timeout != NULL ? &ns : NULL);
  }
  int error = errno;
  __signal_set_mask(saved);
  errno = error;
  return result;
}
