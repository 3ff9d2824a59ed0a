// <sys/resource.h>: resource limits and usage.
//
// Omitted, and why:
//   getpriority, setpriority, PRIO_*, id_t: no scheduling priorities, and
//   no process or user namespace to name a target in (no-sched,
//   global-proc).
//
// getrusage(RUSAGE_SELF) reports the process's CPU time (CloudABI's
// CLOCK_PROCESS_CPUTIME_ID) as ru_utime; the split into user and system
// time is not available, so ru_stime is 0.  RUSAGE_CHILDREN reports zeros:
// the CPU time of terminated children does not reach the parent.  Linux's
// further counters (ru_maxrss, ru_minflt, ...) are not provided.
//
// CloudABI has no resource limits a program could inspect or change, and
// the libc cannot enforce one itself.  getrlimit therefore reports fixed
// values: RLIMIT_CORE is 0 (soft and hard: no core file is ever written)
// and every other limit RLIM_INFINITY (unknown to the process; the
// runtime and the host may still refuse a resource).  setrlimit accepts
// exactly those values; raising a hard limit fails with EPERM, and
// lowering a limit with EINVAL, since nothing would enforce it (wasi-libc
// accepts and ignores it instead).  The RLIMIT_* numbers are Linux's.
#ifndef _SYS_RESOURCE_H_
#define _SYS_RESOURCE_H_

#include <_/struct_timeval.h>

typedef __UINT64_TYPE__ rlim_t;

struct rlimit {
  rlim_t rlim_cur;  // soft limit
  rlim_t rlim_max;  // hard limit
};

#define RLIM_INFINITY (~(rlim_t)0)
#define RLIM_SAVED_MAX RLIM_INFINITY
#define RLIM_SAVED_CUR RLIM_INFINITY

#define RLIMIT_CPU 0
#define RLIMIT_FSIZE 1
#define RLIMIT_DATA 2
#define RLIMIT_STACK 3
#define RLIMIT_CORE 4
#define RLIMIT_NOFILE 7
#define RLIMIT_AS 9

#define RUSAGE_SELF 0
#define RUSAGE_CHILDREN (-1)

struct rusage {
  struct timeval ru_utime;  // CPU time used (user and system)
  struct timeval ru_stime;  // always zero (included in ru_utime)
};

_CLOUDLIBC_BEGIN
int getrlimit(int, struct rlimit *);
int getrusage(int, struct rusage *);
int setrlimit(int, const struct rlimit *);
_CLOUDLIBC_END

#endif
