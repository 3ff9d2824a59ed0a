// <time.h>: clocks and sleeping.
//
// This part of <time.h> covers the clocks; calendar time (struct tm,
// gmtime_r, mktime, strftime, ...) follows separately.
//
// Omitted, and why:
//   clock_getcpuclockid: other processes' clocks are not reachable
//   (global-proc).
//   clock_settime: setting the clock needs privileges (privileged).
//   timer_create, timer_delete, timer_gettime, timer_settime,
//   timer_getoverrun, struct itimerspec: timers that deliver signals
//   (no-signals).
//
// Notes:
//   clockid_t values are CloudABI's clock ids.  CLOCK_REALTIME counts from
//   1970-01-01T00:00:00Z; CLOCK_MONOTONIC never goes back;
//   CLOCK_PROCESS_CPUTIME_ID and CLOCK_THREAD_CPUTIME_ID are the CPU time of
//   this process and the calling thread.
//   nanosleep() and clock_nanosleep() wait with a CloudABI poll on a clock
//   subscription (nanosleep() uses CLOCK_MONOTONIC, so changes of the wall
//   clock do not shorten or lengthen it).  There are no signals, so they
//   are never interrupted: the remaining time, when asked for, is zero.
//   Sleeping on the process CPU-time clock is not supported (ENOTSUP); on
//   the calling thread's, which cannot advance while it sleeps, EINVAL.
//   clock_nanosleep() returns an error number instead of setting errno.
//   clock() is the process CPU time in units of CLOCKS_PER_SEC.
#ifndef _TIME_H_
#define _TIME_H_

#include <_/posix_types.h>
#include <_/struct_timespec.h>

#ifndef _CLOCK_T_DECLARED
#define _CLOCK_T_DECLARED
typedef __clock_t clock_t;
#endif
#ifndef _CLOCKID_T_DECLARED
#define _CLOCKID_T_DECLARED
typedef __clockid_t clockid_t;
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

#define CLOCKS_PER_SEC ((clock_t)1000000)

#define CLOCK_MONOTONIC ((clockid_t)1)
#define CLOCK_PROCESS_CPUTIME_ID ((clockid_t)2)
#define CLOCK_REALTIME ((clockid_t)3)
#define CLOCK_THREAD_CPUTIME_ID ((clockid_t)4)

#define TIMER_ABSTIME 0x1
#define TIME_UTC 1

_CLOUDLIBC_BEGIN
clock_t clock(void);
int clock_getres(clockid_t, struct timespec *);
int clock_gettime(clockid_t, struct timespec *);
int clock_nanosleep(clockid_t, int, const struct timespec *, struct timespec *);
int nanosleep(const struct timespec *, struct timespec *);
time_t time(time_t *);
int timespec_get(struct timespec *, int);
_CLOUDLIBC_END

#endif
