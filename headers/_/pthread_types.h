// Internal: the object types shared by <pthread.h>, <threads.h> and
// <semaphore.h>.  The C11 types are the POSIX ones under another name, so a
// mtx_t can be handed to code expecting a pthread_mutex_t layout and the
// implementations are shared.
//
// Every synchronisation object is built on CloudABI lock words
// (cloudabi_lock_t) and condition variable words (cloudabi_condvar_t): 32-bit
// words that user space changes with atomic operations and the runtime
// inspects when a thread has to sleep.  They are declared as plain integers
// here so that the headers also work from C++; the library accesses them
// atomically.  An all-zero object is unlocked and has the default
// attributes (a condition variable's clock 0, which is no CloudABI clock,
// stands for CLOCK_REALTIME).
#ifndef ___PTHREAD_TYPES_H_
#define ___PTHREAD_TYPES_H_

#include <_/types.h>

// Thread handle: the thread's descriptor, which lives next to its stacks.
typedef struct __pthread *__pthread_t;

typedef struct {
  __UINT32_TYPE__ __done;  // 1 once the routine has returned
  __UINT32_TYPE__ __lock;  // lock word serialising the first callers
} __pthread_once_t;

typedef struct {
  __UINT32_TYPE__ __lock;   // lock word: 0 or owner tid | WRLOCKED
  __UINT32_TYPE__ __count;  // recursive re-acquisitions beyond the first
  __UINT8_TYPE__ __type;    // PTHREAD_MUTEX_*
  __UINT8_TYPE__ __shared;  // non-zero: process-shared
} __pthread_mutex_t;

typedef struct {
  __UINT32_TYPE__ __waiters;  // condition variable word
  __UINT32_TYPE__ __clock;    // clock of timed waits; 0: CLOCK_REALTIME
  __UINT8_TYPE__ __shared;
} __pthread_cond_t;

typedef unsigned int __pthread_key_t;

#endif
