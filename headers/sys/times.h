// <sys/times.h>: process times.
//
// Nothing is omitted.  Differences:
//   times() reports all CPU time of the process as user time (CloudABI has
//   one CPU-time clock per process, not split into user and system time),
//   so tms_stime is 0.  tms_cutime and tms_cstime are 0: the CPU time of
//   terminated children is not reported to the parent (a process
//   descriptor only yields the exit status).  Values are in clock ticks of
//   sysconf(_SC_CLK_TCK) (100 per second); the return value counts from an
//   arbitrary point (CLOCK_MONOTONIC), so only differences mean something.
#ifndef _SYS_TIMES_H_
#define _SYS_TIMES_H_

#include <_/posix_types.h>

#ifndef _CLOCK_T_DECLARED
#define _CLOCK_T_DECLARED
typedef __clock_t clock_t;
#endif

struct tms {
  clock_t tms_utime;   // CPU time of the process
  clock_t tms_stime;   // always 0 (included in tms_utime)
  clock_t tms_cutime;  // always 0 (not reported)
  clock_t tms_cstime;  // always 0 (not reported)
};

_CLOUDLIBC_BEGIN
clock_t times(struct tms *);
_CLOUDLIBC_END

#endif
