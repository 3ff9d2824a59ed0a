// Internal: poll() with a timeout in nanoseconds, for poll(), select() and
// pselect().  timeout == NULL waits without limit.
#ifndef LIBC_INTERNAL_POLL_IMPL_H
#define LIBC_INTERNAL_POLL_IMPL_H

#include <cloudabi_types.h>
#include <poll.h>

int __poll_timeout(struct pollfd *fds, nfds_t nfds, const cloudabi_timestamp_t *timeout);

#endif
