#include <errno.h>

#include "pthread_impl.h"

int __pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m,
                        cloudabi_clockid_t clock,
                        const struct timespec *abstime) {
  lock_word_t *word = mutex_word(m);
  if (!lock_is_owner(atomic_load_explicit(word, memory_order_relaxed),
                     lock_self()))
    return EPERM;
  struct lock_deadline deadline, *d = NULL;
  if (abstime != NULL) {
    cloudabi_errno_t error = __pthread_deadline(clock, abstime, &deadline);
    if (error != 0)
      return error;
    d = &deadline;
  }
  // The runtime releases the mutex completely while waiting, so a
  // recursive mutex's extra acquisitions are set aside and restored.
  uint32_t count = m->__count;
  m->__count = 0;
  // On return the mutex is held again, also after a timeout (ABI §7.2).
  cloudabi_errno_t error = __condvar_wait(cond_word(c), lock_scope(c->__shared),
                                          word, lock_scope(m->__shared), d);
  m->__count = count;
  return error;
}
