// Locks and condition variables with SHARED scope: they may live in memory
// shared with other processes (MAP_SHARED mappings kept across proc_fork,
// shared memory objects passed around), so the runtime keeps no table of
// waiters for them.  Waiters sleep on the guest word itself with
// process-shared futexes, whose identity is the underlying memory object
// and offset, not the address.
//
// Lock word (cloudabi-abi.md §7.1): a thread that had to wait takes the lock
// with KERNEL_MANAGED set, because other sleepers may remain and nobody
// counts them; the final unlock therefore always comes here, stores 0 and
// wakes every sleeper, which compete again.
//
// Condvar word: 0 while nobody waits (user space then never calls us);
// otherwise the low 16 bits count the waiters and the high 16 bits are a
// sequence number that every signal advances.  A waiter registers and
// notes the sequence while still holding the lock, so a signal between
// its unlock and its sleep changes the word and the sleep returns at once:
// no wakeup is lost.  Like POSIX condition variables, a waiter may wake
// spuriously (when several waiters race with one signal); the reference
// libc re-checks its predicate.
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "guest_mem.h"
#include "guest_thread.h"
#include "sync_shared.h"

#define MANAGED CLOUDABI_LOCK_KERNEL_MANAGED
#define WRLOCKED CLOUDABI_LOCK_WRLOCKED
#define CV_COUNT_MASK 0xffffu
#define CV_SEQ_STEP 0x10000u

static cloudabi_tid_t self_tid(void) {
  struct guest_thread *t = guest_thread_current();
  return t != NULL ? t->tid : 0;
}

// Sleeps while *word == expected; sets *timed_out once dl has passed.
// Faults come back as EFAULT from the kernel: guest pointers are safe here.
static cloudabi_errno_t futex_sleep(void *word, uint32_t expected, const struct deadline *dl,
                                    bool *timed_out) {
  *timed_out = false;
  int op = FUTEX_WAIT_BITSET;
  if (dl != NULL && dl->clock == CLOCK_REALTIME)
    op |= FUTEX_CLOCK_REALTIME;
  long r = syscall(SYS_futex, word, op, expected, dl != NULL ? &dl->when : NULL, NULL,
                   FUTEX_BITSET_MATCH_ANY);
  if (r == 0 || errno == EAGAIN || errno == EINTR)
    return 0;
  if (errno == ETIMEDOUT) {
    *timed_out = true;
    return 0;
  }
  return errno == EFAULT ? CLOUDABI_EFAULT : CLOUDABI_EINVAL;
}

static void futex_wake(void *word, int n) {
  syscall(SYS_futex, word, FUTEX_WAKE, n, NULL, NULL, 0);
}

cloudabi_errno_t shared_lock_wait(void *lock, bool write, const struct deadline *dl,
                                  bool *timed_out) {
  cloudabi_tid_t tid = self_tid();
  *timed_out = false;
  for (;;) {
    uint32_t old;
    cloudabi_errno_t e = guest_load32(lock, &old);
    if (e != 0)
      return e;
    if ((old & ~MANAGED) == (tid | WRLOCKED))
      return CLOUDABI_EDEADLK;
    uint32_t want = 0;
    if (write && (old & ~MANAGED) == 0)
      want = tid | WRLOCKED | MANAGED;
    else if (!write && (old & (WRLOCKED | MANAGED)) == 0)
      want = old + 1;
    else if (!write && (old & WRLOCKED) == 0 && (old & ~MANAGED) == 0)
      want = 1 | MANAGED;  // only the stale flag is left: take it
    if (want != 0) {
      uint32_t expected = old;
      if ((e = guest_cas32(lock, &expected, want)) != 0)
        return e;
      if (expected == old)
        return 0;
      continue;
    }
    // Busy: make sure the holder's unlock comes to the runtime, then sleep
    // until the word changes.
    if (!(old & MANAGED)) {
      uint32_t expected = old;
      if ((e = guest_cas32(lock, &expected, old | MANAGED)) != 0)
        return e;
      if (expected != old)
        continue;
    }
    if (dl != NULL && deadline_passed(dl)) {
      *timed_out = true;
      return 0;
    }
    if ((e = futex_sleep(lock, old | MANAGED, dl, timed_out)) != 0)
      return e;
    if (*timed_out)
      return 0;
  }
}

static cloudabi_errno_t holds_write_lock(void *lock, cloudabi_tid_t tid) {
  uint32_t v;
  cloudabi_errno_t e = guest_load32(lock, &v);
  if (e != 0)
    return e;
  return (v & ~MANAGED) == (tid | WRLOCKED) ? 0 : CLOUDABI_EPERM;
}

cloudabi_errno_t shared_lock_unlock(void *lock) {
  cloudabi_tid_t tid = self_tid();
  for (;;) {
    uint32_t old;
    cloudabi_errno_t e = guest_load32(lock, &old);
    if (e != 0)
      return e;
    if ((old & ~MANAGED) != (tid | WRLOCKED))
      return CLOUDABI_EPERM;
    uint32_t expected = old;
    if ((e = guest_cas32(lock, &expected, CLOUDABI_LOCK_UNLOCKED)) != 0)
      return e;
    if (expected == old)
      break;
  }
  futex_wake(lock, INT_MAX);
  return 0;
}

cloudabi_errno_t shared_condvar_wait(void *condvar, void *lock, cloudabi_scope_t lock_scope,
                                     const struct deadline *dl, bool *timed_out) {
  *timed_out = false;
  cloudabi_errno_t e = holds_write_lock(lock, self_tid());
  if (e != 0)
    return e;
  // Register while the lock is held.
  uint32_t seq;
  for (;;) {
    uint32_t old;
    if ((e = guest_load32(condvar, &old)) != 0)
      return e;
    if ((old & CV_COUNT_MASK) == CV_COUNT_MASK)
      return CLOUDABI_EAGAIN;  // 65535 waiters already
    uint32_t expected = old;
    if ((e = guest_cas32(condvar, &expected, old + 1)) != 0)
      return e;
    if (expected == old) {
      seq = (old + 1) & ~CV_COUNT_MASK;
      break;
    }
  }
  if ((e = sync_unlock_scoped(lock, lock_scope)) != 0)
    goto leave;
  for (;;) {
    uint32_t cur;
    if ((e = guest_load32(condvar, &cur)) != 0)
      break;
    if ((cur & ~CV_COUNT_MASK) != seq)
      break;  // signalled
    if ((e = futex_sleep(condvar, cur, dl, timed_out)) != 0 || *timed_out)
      break;
  }
leave:
  // Deregister; the last waiter out restores HAS_NO_WAITERS.
  for (;;) {
    uint32_t old;
    if (guest_load32(condvar, &old) != 0 || (old & CV_COUNT_MASK) == 0)
      break;
    uint32_t want = (old & CV_COUNT_MASK) == 1 ? CLOUDABI_CONDVAR_HAS_NO_WAITERS : old - 1;
    uint32_t expected = old;
    if (guest_cas32(condvar, &expected, want) != 0 || expected == old)
      break;
  }
  // The lock is taken again whatever happened, as poll promises.
  bool relock_timed_out;
  cloudabi_errno_t le = sync_lock_wait(lock, lock_scope, true, NULL, &relock_timed_out);
  return e != 0 ? e : le;
}

cloudabi_errno_t shared_condvar_signal(void *condvar, cloudabi_nthreads_t nwaiters) {
  for (;;) {
    uint32_t old;
    cloudabi_errno_t e = guest_load32(condvar, &old);
    if (e != 0)
      return e;
    if (old == CLOUDABI_CONDVAR_HAS_NO_WAITERS || nwaiters == 0)
      return 0;
    uint32_t expected = old;
    if ((e = guest_cas32(condvar, &expected, old + CV_SEQ_STEP)) != 0)
      return e;
    if (expected == old)
      break;
  }
  futex_wake(condvar, nwaiters > INT_MAX ? INT_MAX : (int)nwaiters);
  return 0;
}
