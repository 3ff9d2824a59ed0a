#include <errno.h>
#include <poll.h>

#include "poll_impl.h"

int poll(struct pollfd *fds, nfds_t nfds, int timeout) {
  if (timeout < 0)
    return __poll_timeout(fds, nfds, NULL);
  cloudabi_timestamp_t ns = (cloudabi_timestamp_t)timeout * 1000000;
  return __poll_timeout(fds, nfds, &ns);
}
