// <sys/time.h>: struct timeval, gettimeofday() and select().
//
// Omitted, and why:
//   utimes, futimesat: name files by global paths; use utimensat() and
//   futimens() from <sys/stat.h> (global-fs).
//   getitimer, setitimer, struct itimerval: timers that deliver signals
//   (no-signals).
//   settimeofday: the clock cannot be set (privileged).
//
// gettimeofday() reads CLOCK_REALTIME; its second argument is ignored
// (there are no time zones in the kernel) and the call cannot fail.
#ifndef _SYS_TIME_H_
#define _SYS_TIME_H_

#include <sys/select.h>

_CLOUDLIBC_BEGIN
int gettimeofday(struct timeval *_CLOUDLIBC_RESTRICT, void *_CLOUDLIBC_RESTRICT);
_CLOUDLIBC_END

#endif
