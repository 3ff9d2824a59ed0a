#include <errno.h>
#include <sys/select.h>

#include "select_impl.h"
#include "stat_impl.h"

int pselect(int nfds, fd_set *restrict readfds, fd_set *restrict writefds,
            fd_set *restrict errorfds, const struct timespec *restrict timeout,
            const sigset_t *restrict sigmask) {
  // There are no signals to block or unblock.
  (void)sigmask;
  if (timeout == NULL)
    return __select_timeout(nfds, readfds, writefds, errorfds, NULL);
  if (timeout->tv_nsec < 0 || timeout->tv_nsec >= NSEC_PER_SEC) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_timestamp_t ns = timestamp_from_timespec_clamped(timeout);
  return __select_timeout(nfds, readfds, writefds, errorfds, &ns);
}
