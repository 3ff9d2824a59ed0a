// Internal: CloudABI lock words and condition variable words (ABI §7).
//
// A lock word is 0 when free, `tid | WRLOCKED` while a thread holds it for
// writing, or a count of readers.  Bit 31 (KERNEL_MANAGED) says that threads
// sleep in the runtime waiting for it, so the releasing thread must hand it
// over with the lock_unlock system call.  Acquiring a free lock and releasing
// a lock nobody waits for are single atomic operations in user space.
//
// Besides the pthread objects, other parts of the libc can use this header
// directly as a plain mutex that needs no pthread types:
//
//   static libc_lock_t lock = LIBC_LOCK_INITIALIZER;
//   libc_lock_acquire(&lock);
//   ...
//   libc_lock_release(&lock);
//
// (The lock is not recursive: re-acquiring it from the owning thread is a
// bug and aborts.)  libc_rlock_t is the recursive variant, for stdio's
// FILE locks (flockfile may be nested):
//
//   libc_rlock_acquire(&f->lock); ... libc_rlock_release(&f->lock);
//
// After proc_fork, the child's only thread has a new tid: locks that the
// fork wrapper took in the parent are released in the child either before
// __pthread_fork_child (still under the parent's tid), or simply reset with
// libc_lock_reset / libc_rlock_reset.
#ifndef LIBC_INTERNAL_LOCK_H
#define LIBC_INTERNAL_LOCK_H

#include <cloudabi_types.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

typedef _Atomic(cloudabi_lock_t) lock_word_t;
typedef _Atomic(cloudabi_condvar_t) condvar_word_t;

// The calling thread's id.  New threads store it before running any other
// code; the initial thread fills it in from the auxiliary vector on first
// use.
extern _Thread_local cloudabi_tid_t __lock_tid
    __attribute__((tls_model("initial-exec")));
cloudabi_tid_t __lock_tid_initial(void);

static inline cloudabi_tid_t lock_self(void) {
  cloudabi_tid_t tid = __lock_tid;
  if (__builtin_expect(tid == 0, 0))
    tid = __lock_tid_initial();
  return tid;
}

// Deadline of a timed wait: an absolute time on `clock` (MONOTONIC or
// REALTIME).  NULL pointers to it mean "wait forever".
struct lock_deadline {
  cloudabi_clockid_t clock;
  cloudabi_timestamp_t time;
};

// Slow paths (libc/pthread/lock_*.c).  They return 0 once the lock is held,
// ETIMEDOUT when the deadline passed first (the lock is then not held), or
// the runtime's error.
cloudabi_errno_t __lock_wrlock_wait(lock_word_t *, cloudabi_scope_t,
                                    const struct lock_deadline *);
cloudabi_errno_t __lock_rdlock_wait(lock_word_t *, cloudabi_scope_t,
                                    const struct lock_deadline *);
// Hands a write-locked, kernel-managed lock to its waiters.
cloudabi_errno_t __lock_unlock_kernel(lock_word_t *, cloudabi_scope_t);
// Waits on a condition variable whose lock the caller holds for writing.
// The lock is released while waiting and held again on return, also on
// ETIMEDOUT.  Spurious wake-ups are possible.
cloudabi_errno_t __condvar_wait(condvar_word_t *, cloudabi_scope_t,
                                lock_word_t *, cloudabi_scope_t,
                                const struct lock_deadline *);
// Wakes up to n waiters (UINT32_MAX: all).  No system call if none waits.
cloudabi_errno_t __condvar_wake(condvar_word_t *, cloudabi_scope_t,
                                cloudabi_nthreads_t n);

static inline cloudabi_scope_t lock_scope(bool shared) {
  return shared ? CLOUDABI_SCOPE_SHARED : CLOUDABI_SCOPE_PRIVATE;
}

// True if the word is write-locked by `tid` (waiters or not).
static inline bool lock_is_owner(cloudabi_lock_t word, cloudabi_tid_t tid) {
  return (word & ~CLOUDABI_LOCK_KERNEL_MANAGED) == (tid | CLOUDABI_LOCK_WRLOCKED);
}

static inline bool lock_try_wrlock(lock_word_t *l, cloudabi_tid_t tid) {
  cloudabi_lock_t expected = CLOUDABI_LOCK_UNLOCKED;
  return atomic_compare_exchange_strong_explicit(
      l, &expected, tid | CLOUDABI_LOCK_WRLOCKED, memory_order_acquire,
      memory_order_relaxed);
}

// Write-locks `l`, sleeping in the runtime if needed.  The caller has
// checked that it is not the owner already.
static inline cloudabi_errno_t lock_wrlock(lock_word_t *l, cloudabi_tid_t tid,
                                           cloudabi_scope_t scope,
                                           const struct lock_deadline *d) {
  if (__builtin_expect(lock_try_wrlock(l, tid), 1))
    return 0;
  return __lock_wrlock_wait(l, scope, d);
}

// Releases a write lock held by `tid`; EPERM if `tid` does not hold it.
static inline cloudabi_errno_t lock_wrunlock(lock_word_t *l, cloudabi_tid_t tid,
                                             cloudabi_scope_t scope) {
  cloudabi_lock_t expected = tid | CLOUDABI_LOCK_WRLOCKED;
  if (__builtin_expect(atomic_compare_exchange_strong_explicit(
                           l, &expected, CLOUDABI_LOCK_UNLOCKED,
                           memory_order_release, memory_order_relaxed),
                       1))
    return 0;
  if (!lock_is_owner(expected, tid))
    return CLOUDABI_EPERM;
  // KERNEL_MANAGED is set: only the runtime may pick the next owner.
  return __lock_unlock_kernel(l, scope);
}

// The plain internal mutex.
typedef struct {
  lock_word_t word;
} libc_lock_t;

#define LIBC_LOCK_INITIALIZER \
  { CLOUDABI_LOCK_UNLOCKED }

// Aborts: the runtime refused a lock operation on a lock the libc owns,
// which means memory corruption or a re-acquisition by the owner.
_Noreturn void __lock_failed(cloudabi_errno_t);

static inline void libc_lock_acquire(libc_lock_t *l) {
  cloudabi_tid_t tid = lock_self();
  if (__builtin_expect(lock_try_wrlock(&l->word, tid), 1))
    return;
  cloudabi_errno_t error =
      lock_is_owner(atomic_load_explicit(&l->word, memory_order_relaxed), tid)
          ? CLOUDABI_EDEADLK
          : __lock_wrlock_wait(&l->word, CLOUDABI_SCOPE_PRIVATE, NULL);
  if (error != 0)
    __lock_failed(error);
}

static inline bool libc_lock_tryacquire(libc_lock_t *l) {
  return lock_try_wrlock(&l->word, lock_self());
}

static inline void libc_lock_release(libc_lock_t *l) {
  cloudabi_errno_t error =
      lock_wrunlock(&l->word, lock_self(), CLOUDABI_SCOPE_PRIVATE);
  if (error != 0)
    __lock_failed(error);
}

static inline void libc_lock_reset(libc_lock_t *l) {
  atomic_store_explicit(&l->word, CLOUDABI_LOCK_UNLOCKED, memory_order_relaxed);
}

// The recursive internal lock: `depth` belongs to the owner.
typedef struct {
  lock_word_t word;
  unsigned depth;
} libc_rlock_t;

#define LIBC_RLOCK_INITIALIZER \
  { CLOUDABI_LOCK_UNLOCKED, 0 }

static inline bool libc_rlock_tryacquire(libc_rlock_t *l) {
  cloudabi_tid_t tid = lock_self();
  if (lock_try_wrlock(&l->word, tid)) {
    l->depth = 1;
    return true;
  }
  if (lock_is_owner(atomic_load_explicit(&l->word, memory_order_relaxed), tid)) {
    l->depth++;
    return true;
  }
  return false;
}

static inline void libc_rlock_acquire(libc_rlock_t *l) {
  if (__builtin_expect(libc_rlock_tryacquire(l), 1))
    return;
  cloudabi_errno_t error =
      __lock_wrlock_wait(&l->word, CLOUDABI_SCOPE_PRIVATE, NULL);
  if (error != 0)
    __lock_failed(error);
  l->depth = 1;
}

static inline void libc_rlock_release(libc_rlock_t *l) {
  if (--l->depth != 0)
    return;
  cloudabi_errno_t error =
      lock_wrunlock(&l->word, lock_self(), CLOUDABI_SCOPE_PRIVATE);
  if (error != 0)
    __lock_failed(error);
}

static inline void libc_rlock_reset(libc_rlock_t *l) {
  l->depth = 0;
  atomic_store_explicit(&l->word, CLOUDABI_LOCK_UNLOCKED, memory_order_relaxed);
}

#endif
