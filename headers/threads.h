// <threads.h>: C11 threads.
//
// A thin layer over the POSIX threads of <pthread.h>: thrd_t, mtx_t, cnd_t,
// tss_t and once_flag have the same representation as pthread_t,
// pthread_mutex_t, pthread_cond_t, pthread_key_t and pthread_once_t.
// Timed functions take TIME_UTC (CLOCK_REALTIME) deadlines.
//
// mtx_plain and mtx_timed mutexes report a re-lock by their owner as
// thrd_error instead of deadlocking (the behaviour is undefined in C11).
// thrd_sleep cannot be interrupted (there are no signals), so it returns 0
// after the full duration and never writes *remaining.
#ifndef _THREADS_H_
#define _THREADS_H_

#include <_/pthread_types.h>
#include <_/types.h>
#include <time.h>  // C11 7.26.1: <threads.h> includes <time.h>

#if !defined(__cplusplus) && (!defined(__STDC_VERSION__) || __STDC_VERSION__ < 202311L)
#define thread_local _Thread_local
#endif

#define ONCE_FLAG_INIT {0, 0}
#define TSS_DTOR_ITERATIONS 4  // PTHREAD_DESTRUCTOR_ITERATIONS

typedef __pthread_once_t once_flag;
typedef __pthread_cond_t cnd_t;
typedef __pthread_mutex_t mtx_t;
typedef __pthread_t thrd_t;
typedef __pthread_key_t tss_t;
typedef void (*tss_dtor_t)(void *);
typedef int (*thrd_start_t)(void *);

enum {
  mtx_plain = 0x1,
  mtx_recursive = 0x2,
  mtx_timed = 0x4,
};

enum {
  thrd_success = 0,
  thrd_busy = 1,
  thrd_error = 2,
  thrd_nomem = 3,
  thrd_timedout = 4,
};

_CLOUDLIBC_BEGIN

void call_once(once_flag *, void (*)(void));

int cnd_broadcast(cnd_t *);
void cnd_destroy(cnd_t *);
int cnd_init(cnd_t *);
int cnd_signal(cnd_t *);
int cnd_timedwait(cnd_t *_CLOUDLIBC_RESTRICT, mtx_t *_CLOUDLIBC_RESTRICT,
                  const struct timespec *_CLOUDLIBC_RESTRICT);
int cnd_wait(cnd_t *, mtx_t *);

void mtx_destroy(mtx_t *);
int mtx_init(mtx_t *, int);
int mtx_lock(mtx_t *);
int mtx_timedlock(mtx_t *_CLOUDLIBC_RESTRICT,
                  const struct timespec *_CLOUDLIBC_RESTRICT);
int mtx_trylock(mtx_t *);
int mtx_unlock(mtx_t *);

int thrd_create(thrd_t *, thrd_start_t, void *);
thrd_t thrd_current(void);
int thrd_detach(thrd_t);
int thrd_equal(thrd_t, thrd_t);
_CLOUDLIBC_NORETURN void thrd_exit(int);
int thrd_join(thrd_t, int *);
int thrd_sleep(const struct timespec *, struct timespec *);
void thrd_yield(void);

int tss_create(tss_t *, tss_dtor_t);
void tss_delete(tss_t);
void *tss_get(tss_t);
int tss_set(tss_t, void *);

_CLOUDLIBC_END

#endif
