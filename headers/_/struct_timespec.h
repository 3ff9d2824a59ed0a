// Internal: struct timespec, shared by <time.h>, <argdata.h> users and others.
#ifndef ___STRUCT_TIMESPEC_H_
#define ___STRUCT_TIMESPEC_H_

#include <_/types.h>

#ifndef _TIME_T_DECLARED
#define _TIME_T_DECLARED
typedef __time_t time_t;
#endif

struct timespec {
  time_t tv_sec;
  long tv_nsec;
};

#endif
