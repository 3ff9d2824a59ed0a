// <poll.h>: waiting for descriptors.
//
// Omitted, and why:
//   POLLPRI, POLLRDBAND, POLLWRBAND: there is no out-of-band or priority
//   data (no-oob).
//
// Notes:
//   poll() is one CloudABI poll: an FD_READ subscription for POLLIN, an
//   FD_WRITE subscription for POLLOUT and, unless the timeout is negative,
//   a relative timer on the monotonic clock.  POLLRDNORM and POLLWRNORM are
//   the same bits as POLLIN and POLLOUT.  The descriptor needs the
//   POLL_FD_READWRITE right; a descriptor that is not open reports
//   POLLNVAL, any other failure of its subscription POLLERR.  A direction
//   the descriptor has no right to (POLLOUT on a pipe's read end, POLLIN
//   without FD_READ) is never ready, as elsewhere, rather than an error.  POLLHUP is reported when the peer has gone; then POLLIN is
//   also set (reading returns end-of-file) and POLLOUT is not.  Entries
//   whose events name neither POLLIN nor POLLOUT are not watched (their
//   revents stay 0), as are entries with a negative fd.
#ifndef _POLL_H_
#define _POLL_H_

#include <_/posix_types.h>

#ifndef _NFDS_T_DECLARED
#define _NFDS_T_DECLARED
typedef __nfds_t nfds_t;
#endif

struct pollfd {
  int fd;
  short events;
  short revents;
};

#define POLLRDNORM 0x0001
#define POLLWRNORM 0x0002
#define POLLIN POLLRDNORM
#define POLLOUT POLLWRNORM
#define POLLERR 0x1000
#define POLLHUP 0x2000
#define POLLNVAL 0x4000

_CLOUDLIBC_BEGIN
int poll(struct pollfd *, nfds_t, int);
_CLOUDLIBC_END

#endif
