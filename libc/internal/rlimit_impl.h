// Internal: the resource limits getrlimit reports and setrlimit checks.
//
// CloudABI has no resource limits a program could read or change, and the
// libc cannot enforce one on its own (descriptors, memory, CPU time and
// file sizes are created or consumed by the runtime).  The honest answers
// are fixed: no core file is ever written (RLIMIT_CORE is 0, hard and
// soft), and every other limit is unknown, which RLIM_INFINITY says.
#ifndef LIBC_INTERNAL_RLIMIT_IMPL_H
#define LIBC_INTERNAL_RLIMIT_IMPL_H

#include <stdbool.h>
#include <sys/resource.h>

// Stores the fixed limit of `resource`; false for an unknown resource.
static inline bool rlimit_fixed(int resource, struct rlimit *rl) {
  switch (resource) {
    case RLIMIT_CORE:
      *rl = (struct rlimit){.rlim_cur = 0, .rlim_max = 0};
      return true;
    case RLIMIT_CPU:
    case RLIMIT_DATA:
    case RLIMIT_FSIZE:
    case RLIMIT_NOFILE:
    case RLIMIT_STACK:
    case RLIMIT_AS:
      *rl = (struct rlimit){.rlim_cur = RLIM_INFINITY,
                            .rlim_max = RLIM_INFINITY};
      return true;
    default:
      return false;
  }
}

#endif
