// Sleeping on lock and condition variable words: a poll with the lock or
// condvar subscription first, optionally followed by one absolute CLOCK
// subscription as the deadline (ABI §7, §8).
#include <cloudabi_syscalls.h>

#include "lock.h"
#include "startup.h"

static void add_deadline(cloudabi_subscription_t *sub,
                         const struct lock_deadline *d) {
  *sub = (cloudabi_subscription_t){
      .type = CLOUDABI_EVENTTYPE_CLOCK,
      .clock.clock_id = d->clock,
      .clock.timeout = d->time,
      .clock.flags = CLOUDABI_SUBSCRIPTION_CLOCK_ABSTIME,
  };
}

// Polls until the first subscription's event or the deadline arrives.  The
// runtime reports one event; 0 means the lock (or condvar + lock) is held.
static cloudabi_errno_t wait(cloudabi_subscription_t *subs,
                             const struct lock_deadline *d) {
  size_t nsubs = 1;
  if (d != NULL)
    add_deadline(&subs[nsubs++], d);
  for (;;) {
    cloudabi_event_t events[2];
    size_t nevents;
    cloudabi_errno_t error = cloudabi_sys_poll(subs, events, nsubs, &nevents);
    if (error != 0)
      return error;
    // Look for the lock event first: if both were reported the lock is ours.
    for (size_t i = 0; i < nevents; i++)
      if (events[i].type == subs[0].type)
        return events[i].error;
    for (size_t i = 0; i < nevents; i++)
      if (events[i].type == CLOUDABI_EVENTTYPE_CLOCK)
        return events[i].error != 0 ? events[i].error : CLOUDABI_ETIMEDOUT;
  }
}

// Before sleeping, waits a little for the lock to become free, which is
// cheaper than a trip through the runtime when critical sections are short.
//
// The runtime hands a released lock directly to the next sleeper (ABI
// §7.1), so once threads sleep on a busy lock, every later locker that
// queues up keeps the "convoy" going: each acquisition then costs a context
// switch.  A thread that finds sleepers (KERNEL_MANAGED) therefore first
// yields the CPU a few times without joining the queue: the queue drains,
// the word drops back to 0, and the lock returns to user space.  (Not for
// timed waits: a yield can take a whole time slice on a busy machine, and
// their deadline is checked only by the runtime.)
static bool spin_wrlock(lock_word_t *l, bool may_yield) {
  cloudabi_tid_t tid = lock_self();
  bool multicore = __startup.ncpus >= 2;
  for (int i = 0, yields = 0;; i++) {
    cloudabi_lock_t word = atomic_load_explicit(l, memory_order_relaxed);
    if (word == CLOUDABI_LOCK_UNLOCKED) {
      if (lock_try_wrlock(l, tid))
        return true;
    } else if ((word & CLOUDABI_LOCK_KERNEL_MANAGED) != 0 || !multicore ||
               i >= 100) {
      if (!may_yield || yields++ == 8)
        return false;
      cloudabi_sys_thread_yield();
    } else {
      __builtin_ia32_pause();
    }
  }
}

cloudabi_errno_t __lock_wrlock_wait(lock_word_t *l, cloudabi_scope_t scope,
                                    const struct lock_deadline *d) {
  if (spin_wrlock(l, d == NULL))
    return 0;
  cloudabi_subscription_t subs[2] = {{
      .type = CLOUDABI_EVENTTYPE_LOCK_WRLOCK,
      .lock.lock = l,
      .lock.lock_scope = scope,
  }};
  return wait(subs, d);
}

cloudabi_errno_t __lock_rdlock_wait(lock_word_t *l, cloudabi_scope_t scope,
                                    const struct lock_deadline *d) {
  cloudabi_subscription_t subs[2] = {{
      .type = CLOUDABI_EVENTTYPE_LOCK_RDLOCK,
      .lock.lock = l,
      .lock.lock_scope = scope,
  }};
  return wait(subs, d);
}

cloudabi_errno_t __condvar_wait(condvar_word_t *c, cloudabi_scope_t cscope,
                                lock_word_t *l, cloudabi_scope_t lscope,
                                const struct lock_deadline *d) {
  cloudabi_subscription_t subs[2] = {{
      .type = CLOUDABI_EVENTTYPE_CONDVAR,
      .condvar.condvar = c,
      .condvar.lock = l,
      .condvar.condvar_scope = cscope,
      .condvar.lock_scope = lscope,
  }};
  return wait(subs, d);
}
