// <sched.h>: execution scheduling.
//
// Omitted, and why:
//   struct sched_param, SCHED_FIFO/RR/OTHER/SPORADIC,
//   sched_get_priority_max/min, sched_getparam/setparam,
//   sched_getscheduler/setscheduler, sched_rr_get_interval: CloudABI
//   exposes no scheduler policies or priorities; only yielding the
//   processor is possible.
#ifndef _SCHED_H_
#define _SCHED_H_

#include <_/struct_timespec.h>  // POSIX: <sched.h> defines struct timespec
#include <_/types.h>

_CLOUDLIBC_BEGIN

int sched_yield(void);

_CLOUDLIBC_END

#endif
