// <sys/uio.h>: vectored I/O.
//
// Nothing is omitted.  preadv() and pwritev() are extensions.  Like read()
// and write(), a descriptor without the right to read or write gives EBADF;
// preadv() and pwritev() also need the FD_SEEK right (ESPIPE without it).
// At most IOV_MAX (<limits.h>) vectors are accepted (EINVAL otherwise).
#ifndef _SYS_UIO_H_
#define _SYS_UIO_H_

#include <_/struct_iovec.h>
#include <_/types.h>

#ifndef _SSIZE_T_DECLARED
#define _SSIZE_T_DECLARED
typedef __ssize_t ssize_t;
#endif
#ifndef _OFF_T_DECLARED
#define _OFF_T_DECLARED
typedef __off_t off_t;
#endif

_CLOUDLIBC_BEGIN
ssize_t preadv(int, const struct iovec *, int, off_t);
ssize_t pwritev(int, const struct iovec *, int, off_t);
ssize_t readv(int, const struct iovec *, int);
ssize_t writev(int, const struct iovec *, int);
_CLOUDLIBC_END

#endif
