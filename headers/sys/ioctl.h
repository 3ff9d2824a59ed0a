// <sys/ioctl.h>: device control.
//
// General ioctl requests would bypass descriptor rights, so only two
// requests exist:
//   FIONREAD (int *): the number of bytes that can be read without
//     blocking (0 if none or unknown), from a zero-timeout poll.
//   FIONBIO (const int *): nonzero sets O_NONBLOCK, zero clears it, as
//     fcntl(F_SETFL) does.
// Any other request fails with EINVAL; a descriptor that is not open
// fails with EBADF.
//
// Extensions: ioctl exists only for FIONREAD and FIONBIO.
#ifndef _SYS_IOCTL_H_
#define _SYS_IOCTL_H_

#include <_/types.h>

#define FIONREAD 0x541b
#define FIONBIO 0x5421

_CLOUDLIBC_BEGIN

int ioctl(int, int, ...);

_CLOUDLIBC_END

#endif
