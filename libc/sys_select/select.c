#include <errno.h>
#include <sys/select.h>

#include "select_impl.h"

int select(int nfds, fd_set *restrict readfds, fd_set *restrict writefds,
           fd_set *restrict errorfds, struct timeval *restrict timeout) {
  if (timeout == NULL)
    return __select_timeout(nfds, readfds, writefds, errorfds, NULL);
  if (timeout->tv_usec < 0 || timeout->tv_usec >= 1000000) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_timestamp_t ns = 0;
  if (timeout->tv_sec > 0) {
    if ((cloudabi_timestamp_t)timeout->tv_sec > UINT64_MAX / 1000000000 - 1)
      ns = UINT64_MAX;
    else
      ns = (cloudabi_timestamp_t)timeout->tv_sec * 1000000000 +
           (cloudabi_timestamp_t)timeout->tv_usec * 1000;
  } else if (timeout->tv_sec == 0) {
    ns = (cloudabi_timestamp_t)timeout->tv_usec * 1000;
  }
  return __select_timeout(nfds, readfds, writefds, errorfds, &ns);
}
