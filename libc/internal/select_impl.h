// Internal: select() with a timeout in nanoseconds (or none), for select()
// and pselect().
#ifndef LIBC_INTERNAL_SELECT_IMPL_H
#define LIBC_INTERNAL_SELECT_IMPL_H

#include <cloudabi_types.h>
#include <sys/select.h>

int __select_timeout(int nfds, fd_set *readfds, fd_set *writefds, fd_set *errorfds,
                     const cloudabi_timestamp_t *timeout);

#endif
