// <sys/types.h>: system data types.
//
// Omitted, and why:
//   uid_t, gid_t: there are no users or groups (no-users).
//   pid_t, id_t: there is no global process namespace; a process is named by
//     a process descriptor or, for itself, by program_getpid() (global-proc).
//   fsblkcnt_t, fsfilcnt_t, blkcnt_t, blksize_t: no filesystem statistics
//     are exposed (no-fs-stats).
//   timer_t, key_t: no timers that deliver signals, no named System V IPC
//     (no-signals, global-ipc).
//   The pthread_* types come with <pthread.h>.
//
// Extension: useconds_t is kept (POSIX dropped it with usleep()).
#ifndef _SYS_TYPES_H_
#define _SYS_TYPES_H_

#include <_/posix_types.h>

#ifndef _CLOCK_T_DECLARED
#define _CLOCK_T_DECLARED
typedef __clock_t clock_t;
#endif
#ifndef _CLOCKID_T_DECLARED
#define _CLOCKID_T_DECLARED
typedef __clockid_t clockid_t;
#endif
#ifndef _DEV_T_DECLARED
#define _DEV_T_DECLARED
typedef __dev_t dev_t;
#endif
#ifndef _INO_T_DECLARED
#define _INO_T_DECLARED
typedef __ino_t ino_t;
#endif
#ifndef _MODE_T_DECLARED
#define _MODE_T_DECLARED
typedef __mode_t mode_t;
#endif
#ifndef _NLINK_T_DECLARED
#define _NLINK_T_DECLARED
typedef __nlink_t nlink_t;
#endif
#ifndef _OFF_T_DECLARED
#define _OFF_T_DECLARED
typedef __off_t off_t;
#endif
#ifndef _SSIZE_T_DECLARED
#define _SSIZE_T_DECLARED
typedef __ssize_t ssize_t;
#endif
#ifndef _SUSECONDS_T_DECLARED
#define _SUSECONDS_T_DECLARED
typedef __suseconds_t suseconds_t;
#endif
#ifndef _TIME_T_DECLARED
#define _TIME_T_DECLARED
typedef __time_t time_t;
#endif
#ifndef _USECONDS_T_DECLARED
#define _USECONDS_T_DECLARED
typedef __useconds_t useconds_t;
#endif

#endif
