// <semaphore.h>: semaphores.
//
// Unnamed semaphores only: a counter word next to a CloudABI lock and
// condition variable word.  sem_post and a successful sem_wait/sem_trywait
// are a single atomic operation when no thread is waiting.
//
// Omitted, and why:
//   sem_open, sem_close, sem_unlink, SEM_FAILED: named semaphores live in a
//     global namespace, which CloudABI processes do not have (global-ipc).
//     Process-shared semaphores are unnamed ones in shared memory.
//
// Extension: sem_clockwait (POSIX.1-2024) with CLOCK_REALTIME or
// CLOCK_MONOTONIC deadlines.
#ifndef _SEMAPHORE_H_
#define _SEMAPHORE_H_

#include <_/posix_types.h>
#include <_/struct_timespec.h>
#include <_/types.h>

#ifndef _CLOCKID_T_DECLARED
#define _CLOCKID_T_DECLARED
typedef __clockid_t clockid_t;
#endif

typedef struct {
  __UINT32_TYPE__ __value;    // tokens available
  __UINT32_TYPE__ __waiters;  // threads sleeping in sem_*wait
  __UINT32_TYPE__ __lock;     // lock word for sleeping
  __UINT32_TYPE__ __cond;     // condition variable word
  __UINT8_TYPE__ __shared;
} sem_t;

_CLOUDLIBC_BEGIN

int sem_init(sem_t *, int, unsigned int);
int sem_destroy(sem_t *);
int sem_wait(sem_t *);
int sem_trywait(sem_t *);
int sem_timedwait(sem_t *_CLOUDLIBC_RESTRICT,
                  const struct timespec *_CLOUDLIBC_RESTRICT);
int sem_clockwait(sem_t *_CLOUDLIBC_RESTRICT, clockid_t,
                  const struct timespec *_CLOUDLIBC_RESTRICT);
int sem_post(sem_t *);
int sem_getvalue(sem_t *_CLOUDLIBC_RESTRICT, int *_CLOUDLIBC_RESTRICT);

_CLOUDLIBC_END

#endif
