// Internal: thread descriptors and the helpers shared by <pthread.h>,
// <threads.h> and <semaphore.h>.
//
// A thread created by pthread_create lives in one anonymous mapping, from
// low to high addresses:
//
//   [guard][stack]          only if the caller supplied no stack
//   [guard][unsafe stack]   SafeStack's stack for address-taken locals
//   [struct __pthread][TLS block + TCB]
//
// The mapping is released by whoever learns last that the thread is gone:
// pthread_join, pthread_detach of a thread that already finished, or (for a
// detached thread) the next pthread_create after it exited.  The initial
// thread's descriptor is static.
#ifndef LIBC_INTERNAL_PTHREAD_IMPL_H
#define LIBC_INTERNAL_PTHREAD_IMPL_H

#include <cloudabi_types.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lock.h"

// Stack size of threads created without attributes (and of their unsafe
// stacks).  The guard below each is one page.
#define PTHREAD_DEFAULT_STACK_SIZE ((size_t)1 << 20)

// Thread life cycle, in __pthread.state.
enum {
  PTHREAD_STATE_JOINABLE,
  PTHREAD_STATE_DETACHED,  // resources go away when it exits
  PTHREAD_STATE_EXITED,    // finished while joinable: joiner frees it
};

struct pthread_tls_dtor {
  struct pthread_tls_dtor *next;
  void (*fn)(void *);
  void *obj;
};

struct __pthread {
  // Join protocol (ABI §7.3): BOGUS until the creator or the thread itself
  // stores `tid | WRLOCKED`; the runtime unlocks it in thread_exit, and a
  // joiner waits for that with a read lock.
  lock_word_t join;
  _Atomic(int) state;

  void *(*start)(void *);
  int (*start_c11)(void *);  // thrd_create: used instead of start
  void *arg;
  void *result;

  // Set up by the creator for the entry trampoline.
  cloudabi_tcb_t *tcb;
  void *unsafe_stack;  // initial SafeStack pointer

  void *map;  // the thread's mapping, NULL for the initial thread
  size_t map_len;
  size_t map_guard, map_stack;  // its layout, for reuse (pthread_map_cache.c)
  bool map_own_stack;           // it holds the stack as well
  struct __pthread *next_zombie;
  _Atomic(bool) published;  // the creator no longer touches the descriptor

  struct pthread_tls_dtor *tls_dtors;  // __cxa_thread_atexit_impl, newest first

  // pthread_setspecific values; valid while `generation` equals the key's.
  struct {
    void *value;
    uint64_t generation;
  } keys[PTHREAD_KEYS_MAX];

  char name[16];

  unsigned long sigmask;  // the creator's signal mask, which the thread starts with
};

// The calling thread's descriptor; NULL in the initial thread until
// __pthread_initial_self() fills it in.
extern _Thread_local struct __pthread *__pthread_self_tls
    __attribute__((tls_model("initial-exec")));
struct __pthread *__pthread_initial_self(void);

static inline struct __pthread *pthread_current(void) {
  struct __pthread *self = __pthread_self_tls;
  if (__builtin_expect(self == NULL, 0))
    self = __pthread_initial_self();
  return self;
}

// Threads that have not yet finished exiting (starts at 1: the initial
// thread).  The thread that brings it to zero ends the process.
extern atomic_size_t __pthread_running;

// Bytes of thread mappings currently mapped for threads that have not
// been released (for leak tests).
extern atomic_size_t __pthread_mapped_bytes;
// Bytes of released thread mappings kept for reuse (bounded).
extern atomic_size_t __pthread_cached_bytes;

// The cache of released thread mappings: take returns a mapping of exactly
// this layout (guards still protected, contents stale) or NULL; put keeps
// t's mapping and returns true, or returns false if the cache is full.
void *__pthread_cache_take(size_t len, size_t guard, size_t stack, bool own_stack);
bool __pthread_cache_put(struct __pthread *t);
void __pthread_cache_fork_child(void);

// Creates a thread running start(arg), or start_c11(arg) if not NULL.
int __pthread_create(pthread_t *, const pthread_attr_t *, void *(*start)(void *),
                     int (*start_c11)(void *), void *arg);
// Entry point of new threads (pthread_entry.c, built without SafeStack).
_Noreturn void __pthread_entry(cloudabi_tid_t, void *);
// Runs the thread's start routine, then exits.
_Noreturn void __pthread_start(struct __pthread *);
// Thread exit: destructors, malloc cache, bookkeeping, thread_exit.
_Noreturn void __pthread_terminate(struct __pthread *);
// Waits until `t` has left thread_exit, stores its result if `result` is
// not NULL, and releases its mapping.
int __pthread_wait_and_free(struct __pthread *, void **result);
// Detached threads that exited: released by the next pthread_create.
void __pthread_zombie_add(struct __pthread *);
void __pthread_zombies_reap(void);
void __pthread_unmap(struct __pthread *);
void __pthread_zombies_fork_child(void);

// To be called in the child right after proc_fork returned there, with
// the tid proc_fork reported, before anything else (a fork() wrapper calls
// it together with __malloc_fork_child).  The child's only thread has a new
// tid: lock words must carry it from now on.  Resets the thread count and
// the library's internal locks, which other threads of the parent may have
// held.
void __pthread_fork_child(cloudabi_tid_t tid);

// Keys: a slot is in use while its generation is odd.
struct pthread_key_slot {
  _Atomic(uint64_t) generation;
  void (*_Atomic destructor)(void *);
};
extern struct pthread_key_slot __pthread_keys[PTHREAD_KEYS_MAX];
extern libc_lock_t __pthread_keys_lock;
// Runs the calling thread's thread_local and key destructors.
void __pthread_run_destructors(struct __pthread *);
// Runs and frees the thread_local destructors alone, newest first,
// including any registered while they run.
void __pthread_run_tls_dtors(struct __pthread *);

// Converts an absolute struct timespec on `clock` into a deadline.
// EINVAL for tv_nsec outside [0, 1e9) or a clock other than REALTIME and
// MONOTONIC.  Times before the epoch become 0 (already passed).
cloudabi_errno_t __pthread_deadline(cloudabi_clockid_t, const struct timespec *,
                                    struct lock_deadline *);

// Lock word views of the public objects, which declare plain integers.
static inline lock_word_t *mutex_word(pthread_mutex_t *m) {
  return (lock_word_t *)&m->__lock;
}
static inline condvar_word_t *cond_word(pthread_cond_t *c) {
  return (condvar_word_t *)&c->__waiters;
}

// The mutex operations, with an optional deadline.
int __pthread_mutex_lock(pthread_mutex_t *, cloudabi_clockid_t,
                         const struct timespec *);
int __pthread_cond_wait(pthread_cond_t *, pthread_mutex_t *,
                        cloudabi_clockid_t, const struct timespec *);
int __pthread_rwlock_rdlock(pthread_rwlock_t *, cloudabi_clockid_t,
                            const struct timespec *);
int __pthread_rwlock_wrlock(pthread_rwlock_t *, cloudabi_clockid_t,
                            const struct timespec *);

// Read locks the calling thread holds on any rwlock.  A reader that already
// holds one may overtake waiting writers (it could otherwise deadlock
// against a writer waiting for it); other readers queue behind writers.
extern _Thread_local unsigned long __pthread_rdlocks
    __attribute__((tls_model("initial-exec")));

static inline lock_word_t *rwlock_word(pthread_rwlock_t *rw) {
  return (lock_word_t *)&rw->__lock;
}

// Read-locks in user space if possible: while no writer holds the lock, and
// while no writer sleeps on it (KERNEL_MANAGED) unless this thread already
// holds read locks (writer preference without reader deadlock).  Returns 0,
// EBUSY (must wait) or EAGAIN (reader count exhausted).
static inline int rwlock_try_rdlock(lock_word_t *word) {
  const cloudabi_lock_t readers_max = CLOUDABI_LOCK_WRLOCKED - 1;
  cloudabi_lock_t w = atomic_load_explicit(word, memory_order_relaxed);
  while ((w & CLOUDABI_LOCK_WRLOCKED) == 0 &&
         ((w & CLOUDABI_LOCK_KERNEL_MANAGED) == 0 || __pthread_rdlocks > 0)) {
    if ((w & readers_max) == readers_max)
      return CLOUDABI_EAGAIN;
    if (atomic_compare_exchange_weak_explicit(word, &w, w + 1,
                                              memory_order_acquire,
                                              memory_order_relaxed)) {
      __pthread_rdlocks++;
      return 0;
    }
  }
  return CLOUDABI_EBUSY;
}

#endif
