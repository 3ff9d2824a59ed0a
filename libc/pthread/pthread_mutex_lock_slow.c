#include <cloudabi_syscalls.h>
#include <errno.h>

#include "pthread_impl.h"

// A NORMAL mutex re-locked by its owner deadlocks, as POSIX specifies:
// sleep until the deadline, if any.
static int self_deadlock(const struct lock_deadline *d) {
  cloudabi_subscription_t sub = {
      .type = CLOUDABI_EVENTTYPE_CLOCK,
      .clock.clock_id = d != NULL ? d->clock : CLOUDABI_CLOCK_MONOTONIC,
      .clock.timeout = d != NULL ? d->time : UINT64_MAX,
      .clock.flags = CLOUDABI_SUBSCRIPTION_CLOCK_ABSTIME,
  };
  for (;;) {
    cloudabi_event_t ev;
    size_t n;
    cloudabi_errno_t error = cloudabi_sys_poll(&sub, &ev, 1, &n);
    if (error != 0)
      return error;
    if (d != NULL && n > 0)
      return ETIMEDOUT;
  }
}

// Everything but the uncontended acquisition.
int __pthread_mutex_lock(pthread_mutex_t *m, cloudabi_clockid_t clock,
                         const struct timespec *abstime) {
  lock_word_t *word = mutex_word(m);
  cloudabi_tid_t tid = lock_self();
  if (lock_try_wrlock(word, tid))
    return 0;
  struct lock_deadline deadline, *d = NULL;
  if (abstime != NULL) {
    cloudabi_errno_t error = __pthread_deadline(clock, abstime, &deadline);
    if (error != 0)
      return error;
    d = &deadline;
  }
  if (lock_is_owner(atomic_load_explicit(word, memory_order_relaxed), tid)) {
    switch (m->__type) {
      case PTHREAD_MUTEX_RECURSIVE:
        if (m->__count == UINT32_MAX)
          return EAGAIN;
        m->__count++;
        return 0;
      case PTHREAD_MUTEX_NORMAL:
        return self_deadlock(d);
      default:
        return EDEADLK;
    }
  }
  return __lock_wrlock_wait(word, lock_scope(m->__shared), d);
}
