// Internal: struct timeval, for <sys/time.h> and <sys/select.h>.
#ifndef ___STRUCT_TIMEVAL_H_
#define ___STRUCT_TIMEVAL_H_

#include <_/posix_types.h>

#ifndef _TIME_T_DECLARED
#define _TIME_T_DECLARED
typedef __time_t time_t;
#endif
#ifndef _SUSECONDS_T_DECLARED
#define _SUSECONDS_T_DECLARED
typedef __suseconds_t suseconds_t;
#endif

struct timeval {
  time_t tv_sec;
  suseconds_t tv_usec;
};

#endif
