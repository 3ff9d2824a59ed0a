// <pthread.h>: threads.
//
// Threads are created with the thread_create system call and join through
// the lock-word protocol of the CloudABI ABI; mutexes, reader-writer locks
// and condition variables are CloudABI lock and condition variable words,
// so taking or releasing an uncontended lock is a single atomic operation in
// user space and only contended operations enter the runtime.
//
// Omitted, and why:
//   pthread_cancel, pthread_setcancelstate, pthread_setcanceltype,
//   pthread_testcancel, pthread_cleanup_push/pop, PTHREAD_CANCEL_*:
//     CloudABI has no signals with which to interrupt a blocked thread, so
//     asynchronous or deferred cancellation could not reach a thread waiting
//     in the runtime; cancellation would be a promise the system cannot keep.
//     Threads end by returning or calling pthread_exit (no-signals).
//   pthread_kill, pthread_sigmask: there are no signal handlers or masks
//     (no-signals).
//   pthread_getcpuclockid: CloudABI's CLOCK_THREAD_CPUTIME_ID measures the
//     calling thread only; there is no clock for another thread.
//   Scheduling policies and priorities (pthread_attr_*sched*, pthread_*schedparam, pthread_setschedprio,
//     pthread_attr_*scope, pthread_attr_*inheritsched,
//     pthread_mutexattr_*prioceiling, pthread_mutex_*prioceiling,
//     pthread_getconcurrency/setconcurrency): the runtime exposes no
//     scheduler control.
//   pthread_mutex_consistent: robust mutexes are not supported (below).
//
// Mutex protocols: pthread_mutexattr_setprotocol accepts PTHREAD_PRIO_NONE
// (the default) and PTHREAD_PRIO_INHERIT, which every mutex satisfies: a
// contended lock word names its owner, so the runtime always knows whom a
// waiter waits for, and all threads run at one priority, so no waiter ever
// outranks the owner.  PTHREAD_PRIO_PROTECT fails with ENOTSUP: it needs a
// priority ceiling, which the runtime cannot apply.  Other values: EINVAL.
// Robustness: PTHREAD_MUTEX_STALLED only.  PTHREAD_MUTEX_ROBUST fails with
// ENOTSUP, because the runtime does not hand a lock whose owner died to the
// next waiter with EOWNERDEAD (the lock stays held, as STALLED says).
//
// pthread_atfork: the libc forks internally (program_spawn's child, which
// then executes another program).  The handlers run around each such fork
// as POSIX orders them: prepare handlers newest first, before the library
// takes its own locks; parent and child handlers oldest first, once the
// library is usable again.  Child handlers run while the child's thread
// still has the forking thread's id, so they can unlock mutexes that
// prepare handlers locked (the usual pattern), but must not create
// threads.  A handler must not call pthread_atfork.
//
// Extensions: pthread_mutex_clocklock, pthread_cond_clockwait,
// pthread_rwlock_clockrdlock/clockwrlock (POSIX.1-2024) accept
// CLOCK_REALTIME and CLOCK_MONOTONIC; pthread_setname_np/getname_np keep a
// name of up to 15 bytes for debugging.
// pthread_cond_timedwait_relative_np (as on macOS) waits at most the given
// duration, measured on CLOCK_MONOTONIC whatever the condition variable's
// clock; a negative duration has already elapsed (ETIMEDOUT).
// pthread_mutex_lock_pair_np(a, b) locks both mutexes without deadlock
// against threads locking the same pair in the other order: it never
// sleeps on one while holding the other.  On success both are held (unlock
// each).  a == b fails with EINVAL.  Any other failure (for example
// EDEADLK when the caller already holds an error-checking one) is the
// failing lock operation's error, and then neither mutex is held.
//
// PTHREAD_PROCESS_SHARED objects (placed in shared memory) make the runtime
// identify them by memory object and offset (CLOUDABI_SCOPE_SHARED) when a
// thread has to sleep on them.
//
// Mutex types: PTHREAD_MUTEX_DEFAULT is PTHREAD_MUTEX_ERRORCHECK (re-locking
// by the owner fails with EDEADLK and unlocking by another thread with EPERM,
// checks that cost nothing on the lock word).  A PTHREAD_MUTEX_NORMAL mutex
// re-locked by its owner blocks, as POSIX requires: forever, or until the
// deadline of a timed lock.
#ifndef _PTHREAD_H_
#define _PTHREAD_H_

#include <_/pthread_types.h>
#include <_/types.h>
// POSIX lets <pthread.h> make the symbols of <sched.h> and <time.h>
// visible; struct timespec, clockid_t and the CLOCK_* ids are needed here.
#include <sched.h>
#include <time.h>

typedef __pthread_t pthread_t;
typedef __pthread_key_t pthread_key_t;
typedef __pthread_once_t pthread_once_t;
typedef __pthread_mutex_t pthread_mutex_t;
typedef __pthread_cond_t pthread_cond_t;

typedef struct {
  size_t __stacksize;
  void *__stackaddr;  // lowest address of a caller-supplied stack, or NULL
  size_t __guardsize;
  int __detachstate;
} pthread_attr_t;

typedef struct {
  int __type;
  int __shared;
  int __protocol;
  int __robust;
} pthread_mutexattr_t;

typedef struct {
  __UINT32_TYPE__ __clock;
  int __shared;
} pthread_condattr_t;

typedef struct {
  __UINT32_TYPE__ __lock;  // lock word: readers count, or writer tid
  __UINT8_TYPE__ __shared;
} pthread_rwlock_t;

typedef struct {
  int __shared;
} pthread_rwlockattr_t;

typedef struct {
  __UINT32_TYPE__ __lock;        // lock word protecting the fields below
  __UINT32_TYPE__ __waiters;     // condition variable word
  __UINT32_TYPE__ __count;       // threads per round
  __UINT32_TYPE__ __arrived;     // threads waiting in the current round
  __UINT32_TYPE__ __generation;  // rounds completed
  __UINT8_TYPE__ __shared;
} pthread_barrier_t;

typedef struct {
  int __shared;
} pthread_barrierattr_t;

typedef struct {
  __UINT32_TYPE__ __lock;  // 0 or owner tid | WRLOCKED
} pthread_spinlock_t;

#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1

#define PTHREAD_MUTEX_ERRORCHECK 0
#define PTHREAD_MUTEX_DEFAULT PTHREAD_MUTEX_ERRORCHECK
#define PTHREAD_MUTEX_NORMAL 1
#define PTHREAD_MUTEX_RECURSIVE 2

#define PTHREAD_PRIO_NONE 0
#define PTHREAD_PRIO_INHERIT 1
#define PTHREAD_PRIO_PROTECT 2

#define PTHREAD_MUTEX_STALLED 0
#define PTHREAD_MUTEX_ROBUST 1

#define PTHREAD_PROCESS_PRIVATE 0
#define PTHREAD_PROCESS_SHARED 1

#define PTHREAD_BARRIER_SERIAL_THREAD (-1)

#define PTHREAD_NULL ((pthread_t)0)  // never a valid thread (POSIX.1-2024)

#define PTHREAD_ONCE_INIT {0, 0}
#define PTHREAD_MUTEX_INITIALIZER {0, 0, PTHREAD_MUTEX_DEFAULT, 0}
#define PTHREAD_COND_INITIALIZER {0, 0, 0}
#define PTHREAD_RWLOCK_INITIALIZER {0, 0}

_CLOUDLIBC_BEGIN

int pthread_create(pthread_t *_CLOUDLIBC_RESTRICT,
                   const pthread_attr_t *_CLOUDLIBC_RESTRICT,
                   void *(*)(void *), void *_CLOUDLIBC_RESTRICT);
int pthread_join(pthread_t, void **);
int pthread_detach(pthread_t);
_CLOUDLIBC_NORETURN void pthread_exit(void *);
pthread_t pthread_self(void);
int pthread_equal(pthread_t, pthread_t);
int pthread_atfork(void (*)(void), void (*)(void), void (*)(void));
int pthread_setname_np(pthread_t, const char *);
int pthread_getname_np(pthread_t, char *, size_t);

int pthread_attr_init(pthread_attr_t *);
int pthread_attr_destroy(pthread_attr_t *);
int pthread_attr_getdetachstate(const pthread_attr_t *, int *);
int pthread_attr_setdetachstate(pthread_attr_t *, int);
int pthread_attr_getguardsize(const pthread_attr_t *_CLOUDLIBC_RESTRICT,
                              size_t *_CLOUDLIBC_RESTRICT);
int pthread_attr_setguardsize(pthread_attr_t *, size_t);
int pthread_attr_getstack(const pthread_attr_t *_CLOUDLIBC_RESTRICT,
                          void **_CLOUDLIBC_RESTRICT,
                          size_t *_CLOUDLIBC_RESTRICT);
int pthread_attr_setstack(pthread_attr_t *, void *, size_t);
int pthread_attr_getstacksize(const pthread_attr_t *_CLOUDLIBC_RESTRICT,
                              size_t *_CLOUDLIBC_RESTRICT);
int pthread_attr_setstacksize(pthread_attr_t *, size_t);

int pthread_once(pthread_once_t *, void (*)(void));

int pthread_key_create(pthread_key_t *, void (*)(void *));
int pthread_key_delete(pthread_key_t);
void *pthread_getspecific(pthread_key_t);
int pthread_setspecific(pthread_key_t, const void *);

int pthread_mutexattr_init(pthread_mutexattr_t *);
int pthread_mutexattr_destroy(pthread_mutexattr_t *);
int pthread_mutexattr_gettype(const pthread_mutexattr_t *_CLOUDLIBC_RESTRICT,
                              int *_CLOUDLIBC_RESTRICT);
int pthread_mutexattr_settype(pthread_mutexattr_t *, int);
int pthread_mutexattr_getpshared(const pthread_mutexattr_t *_CLOUDLIBC_RESTRICT,
                                 int *_CLOUDLIBC_RESTRICT);
int pthread_mutexattr_setpshared(pthread_mutexattr_t *, int);
int pthread_mutexattr_getprotocol(
    const pthread_mutexattr_t *_CLOUDLIBC_RESTRICT, int *_CLOUDLIBC_RESTRICT);
int pthread_mutexattr_setprotocol(pthread_mutexattr_t *, int);
int pthread_mutexattr_getrobust(const pthread_mutexattr_t *_CLOUDLIBC_RESTRICT,
                                int *_CLOUDLIBC_RESTRICT);
int pthread_mutexattr_setrobust(pthread_mutexattr_t *, int);

int pthread_mutex_init(pthread_mutex_t *_CLOUDLIBC_RESTRICT,
                       const pthread_mutexattr_t *_CLOUDLIBC_RESTRICT);
int pthread_mutex_destroy(pthread_mutex_t *);
int pthread_mutex_lock(pthread_mutex_t *);
int pthread_mutex_trylock(pthread_mutex_t *);
int pthread_mutex_timedlock(pthread_mutex_t *_CLOUDLIBC_RESTRICT,
                            const struct timespec *_CLOUDLIBC_RESTRICT);
int pthread_mutex_clocklock(pthread_mutex_t *_CLOUDLIBC_RESTRICT, clockid_t,
                            const struct timespec *_CLOUDLIBC_RESTRICT);
int pthread_mutex_unlock(pthread_mutex_t *);
int pthread_mutex_lock_pair_np(pthread_mutex_t *, pthread_mutex_t *);

int pthread_condattr_init(pthread_condattr_t *);
int pthread_condattr_destroy(pthread_condattr_t *);
int pthread_condattr_getclock(const pthread_condattr_t *_CLOUDLIBC_RESTRICT,
                              clockid_t *_CLOUDLIBC_RESTRICT);
int pthread_condattr_setclock(pthread_condattr_t *, clockid_t);
int pthread_condattr_getpshared(const pthread_condattr_t *_CLOUDLIBC_RESTRICT,
                                int *_CLOUDLIBC_RESTRICT);
int pthread_condattr_setpshared(pthread_condattr_t *, int);

int pthread_cond_init(pthread_cond_t *_CLOUDLIBC_RESTRICT,
                      const pthread_condattr_t *_CLOUDLIBC_RESTRICT);
int pthread_cond_destroy(pthread_cond_t *);
int pthread_cond_wait(pthread_cond_t *_CLOUDLIBC_RESTRICT,
                      pthread_mutex_t *_CLOUDLIBC_RESTRICT);
int pthread_cond_timedwait(pthread_cond_t *_CLOUDLIBC_RESTRICT,
                           pthread_mutex_t *_CLOUDLIBC_RESTRICT,
                           const struct timespec *_CLOUDLIBC_RESTRICT);
int pthread_cond_clockwait(pthread_cond_t *_CLOUDLIBC_RESTRICT,
                           pthread_mutex_t *_CLOUDLIBC_RESTRICT, clockid_t,
                           const struct timespec *_CLOUDLIBC_RESTRICT);
int pthread_cond_timedwait_relative_np(
    pthread_cond_t *_CLOUDLIBC_RESTRICT, pthread_mutex_t *_CLOUDLIBC_RESTRICT,
    const struct timespec *_CLOUDLIBC_RESTRICT);
int pthread_cond_signal(pthread_cond_t *);
int pthread_cond_broadcast(pthread_cond_t *);

int pthread_rwlockattr_init(pthread_rwlockattr_t *);
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *);
int pthread_rwlockattr_getpshared(
    const pthread_rwlockattr_t *_CLOUDLIBC_RESTRICT, int *_CLOUDLIBC_RESTRICT);
int pthread_rwlockattr_setpshared(pthread_rwlockattr_t *, int);

int pthread_rwlock_init(pthread_rwlock_t *_CLOUDLIBC_RESTRICT,
                        const pthread_rwlockattr_t *_CLOUDLIBC_RESTRICT);
int pthread_rwlock_destroy(pthread_rwlock_t *);
int pthread_rwlock_rdlock(pthread_rwlock_t *);
int pthread_rwlock_tryrdlock(pthread_rwlock_t *);
int pthread_rwlock_timedrdlock(pthread_rwlock_t *_CLOUDLIBC_RESTRICT,
                               const struct timespec *_CLOUDLIBC_RESTRICT);
int pthread_rwlock_clockrdlock(pthread_rwlock_t *_CLOUDLIBC_RESTRICT,
                               clockid_t,
                               const struct timespec *_CLOUDLIBC_RESTRICT);
int pthread_rwlock_wrlock(pthread_rwlock_t *);
int pthread_rwlock_trywrlock(pthread_rwlock_t *);
int pthread_rwlock_timedwrlock(pthread_rwlock_t *_CLOUDLIBC_RESTRICT,
                               const struct timespec *_CLOUDLIBC_RESTRICT);
int pthread_rwlock_clockwrlock(pthread_rwlock_t *_CLOUDLIBC_RESTRICT,
                               clockid_t,
                               const struct timespec *_CLOUDLIBC_RESTRICT);
int pthread_rwlock_unlock(pthread_rwlock_t *);

int pthread_barrierattr_init(pthread_barrierattr_t *);
int pthread_barrierattr_destroy(pthread_barrierattr_t *);
int pthread_barrierattr_getpshared(
    const pthread_barrierattr_t *_CLOUDLIBC_RESTRICT, int *_CLOUDLIBC_RESTRICT);
int pthread_barrierattr_setpshared(pthread_barrierattr_t *, int);
int pthread_barrier_init(pthread_barrier_t *_CLOUDLIBC_RESTRICT,
                         const pthread_barrierattr_t *_CLOUDLIBC_RESTRICT,
                         unsigned);
int pthread_barrier_destroy(pthread_barrier_t *);
int pthread_barrier_wait(pthread_barrier_t *);

int pthread_spin_init(pthread_spinlock_t *, int);
int pthread_spin_destroy(pthread_spinlock_t *);
int pthread_spin_lock(pthread_spinlock_t *);
int pthread_spin_trylock(pthread_spinlock_t *);
int pthread_spin_unlock(pthread_spinlock_t *);

_CLOUDLIBC_END

#endif
