// <sys/select.h>: select() and pselect(), built on poll().
//
// Nothing is omitted.  Differences:
//   fd_set is a list of descriptor numbers rather than a bitmap (see
//   <_/fd_set.h>): any descriptor number can be stored, up to FD_SETSIZE
//   descriptors per set.  Only descriptors below nfds are examined.
//   FD_COPY(from, to) is an extension.
//   There is no out-of-band data: descriptors in exceptfds are checked to
//   be open but never reported.  A descriptor whose peer has gone or that
//   has failed counts as readable and writable (the call will not block,
//   though it may fail).
//   Signals reach handlers only through the thread's own raise() (see
//   <signal.h>), so none arrives during a wait: pselect() installs its
//   sigmask for the call, and fails with EINTR without waiting if that
//   mask unblocks a pending signal (whose handler runs).  select() is
//   never interrupted.
#ifndef _SYS_SELECT_H_
#define _SYS_SELECT_H_

#include <_/fd_set.h>
#include <_/struct_timespec.h>
#include <_/struct_timeval.h>

#include <_/sigset.h>

_CLOUDLIBC_BEGIN
int pselect(int, fd_set *_CLOUDLIBC_RESTRICT, fd_set *_CLOUDLIBC_RESTRICT,
            fd_set *_CLOUDLIBC_RESTRICT, const struct timespec *_CLOUDLIBC_RESTRICT,
            const sigset_t *_CLOUDLIBC_RESTRICT);
int select(int, fd_set *_CLOUDLIBC_RESTRICT, fd_set *_CLOUDLIBC_RESTRICT,
           fd_set *_CLOUDLIBC_RESTRICT, struct timeval *_CLOUDLIBC_RESTRICT);
_CLOUDLIBC_END

#endif
