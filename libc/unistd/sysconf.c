#include <errno.h>
#include <limits.h>
#include <unistd.h>

#include "startup.h"

// Descriptor numbers this system hands out stay below this (it is also
// the limit of F_DUPFD).
#define OPEN_LIMIT (1L << 20)

long sysconf(int name) {
  switch (name) {
    // From the auxiliary vector.
    case _SC_PAGESIZE:
      return (long)__startup.pagesz;
    case _SC_NPROCESSORS_CONF:
    case _SC_NPROCESSORS_ONLN:
      return __startup.ncpus > 0 ? (long)__startup.ncpus : 1;

    // Limits.
    case _SC_ATEXIT_MAX: return ATEXIT_MAX;
    case _SC_BC_BASE_MAX: return BC_BASE_MAX;
    case _SC_BC_DIM_MAX: return BC_DIM_MAX;
    case _SC_BC_SCALE_MAX: return BC_SCALE_MAX;
    case _SC_BC_STRING_MAX: return BC_STRING_MAX;
    case _SC_CLK_TCK: return 100;
    case _SC_COLL_WEIGHTS_MAX: return COLL_WEIGHTS_MAX;
    case _SC_EXPR_NEST_MAX: return EXPR_NEST_MAX;
    case _SC_IOV_MAX: return IOV_MAX;
    case _SC_LINE_MAX: return LINE_MAX;
    case _SC_NGROUPS_MAX: return 0;
    case _SC_OPEN_MAX: return OPEN_LIMIT;
    case _SC_RE_DUP_MAX: return RE_DUP_MAX;
    case _SC_SEM_VALUE_MAX: return SEM_VALUE_MAX;
    case _SC_SYMLOOP_MAX: return SYMLOOP_MAX;
    case _SC_THREAD_DESTRUCTOR_ITERATIONS: return PTHREAD_DESTRUCTOR_ITERATIONS;
    case _SC_THREAD_KEYS_MAX: return PTHREAD_KEYS_MAX;
    case _SC_THREAD_STACK_MIN: return PTHREAD_STACK_MIN;

    // No fixed limit, or one of a global namespace that does not exist
    // here: -1 with errno unchanged.
    case _SC_ARG_MAX:
    case _SC_CHILD_MAX:
    case _SC_HOST_NAME_MAX:
    case _SC_LOGIN_NAME_MAX:
    case _SC_STREAM_MAX:
    case _SC_TTY_NAME_MAX:
    case _SC_TZNAME_MAX:
      return -1;

    // Options, as the _POSIX_* macros of <unistd.h> state them.
    case _SC_ADVISORY_INFO: return _POSIX_ADVISORY_INFO;
    case _SC_CLOCK_SELECTION: return _POSIX_CLOCK_SELECTION;
    case _SC_CPUTIME: return _POSIX_CPUTIME;
    case _SC_FSYNC: return _POSIX_FSYNC;
    case _SC_MAPPED_FILES: return _POSIX_MAPPED_FILES;
    case _SC_MEMORY_PROTECTION: return _POSIX_MEMORY_PROTECTION;
    case _SC_MONOTONIC_CLOCK: return _POSIX_MONOTONIC_CLOCK;
    case _SC_SHARED_MEMORY_OBJECTS: return _POSIX_SHARED_MEMORY_OBJECTS;
    case _SC_SYNCHRONIZED_IO: return _POSIX_SYNCHRONIZED_IO;
    case _SC_THREAD_CPUTIME: return _POSIX_THREAD_CPUTIME;
    case _SC_V7_LP64_OFF64: return _POSIX_V7_LP64_OFF64;
    case _SC_ASYNCHRONOUS_IO:
    case _SC_IPV6:
    case _SC_JOB_CONTROL:
    case _SC_MEMLOCK:
    case _SC_MEMLOCK_RANGE:
    case _SC_MESSAGE_PASSING:
    case _SC_PRIORITIZED_IO:
    case _SC_PRIORITY_SCHEDULING:
    case _SC_RAW_SOCKETS:
    case _SC_REALTIME_SIGNALS:
    case _SC_SAVED_IDS:
    case _SC_SHELL:
    case _SC_SPAWN:
    case _SC_TIMERS:
    case _SC_TYPED_MEMORY_OBJECTS:
    case _SC_V7_ILP32_OFF32:
    case _SC_V7_ILP32_OFFBIG:
    case _SC_V7_LPBIG_OFFBIG:
      return -1;

    default:
      errno = EINVAL;
      return -1;
  }
}
