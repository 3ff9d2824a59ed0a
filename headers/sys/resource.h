// <sys/resource.h>: resource usage.
//
// Omitted, and why:
//   getrlimit, setrlimit, struct rlimit, rlim_t, RLIM_*, RLIMIT_*: there
//   are no resource limits a program could inspect or change (no-rlimit).
//   getpriority, setpriority, PRIO_*, id_t: no scheduling priorities, and
//   no process or user namespace to name a target in (no-sched,
//   global-proc).
//
// getrusage(RUSAGE_SELF) reports the process's CPU time (CloudABI's
// CLOCK_PROCESS_CPUTIME_ID) as ru_utime; the split into user and system
// time is not available, so ru_stime is 0.  RUSAGE_CHILDREN reports zeros:
// the CPU time of terminated children does not reach the parent.  Linux's
// further counters (ru_maxrss, ru_minflt, ...) are not provided.
#ifndef _SYS_RESOURCE_H_
#define _SYS_RESOURCE_H_

#include <_/struct_timeval.h>

#define RUSAGE_SELF 0
#define RUSAGE_CHILDREN (-1)

struct rusage {
  struct timeval ru_utime;  // CPU time used (user and system)
  struct timeval ru_stime;  // always zero (included in ru_utime)
};

_CLOUDLIBC_BEGIN
int getrusage(int, struct rusage *);
_CLOUDLIBC_END

#endif
