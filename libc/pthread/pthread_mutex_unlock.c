#include <errno.h>
#include <pthread.h>

#include "pthread_impl.h"

int pthread_mutex_unlock(pthread_mutex_t *m) {
  lock_word_t *word = mutex_word(m);
  cloudabi_tid_t tid = lock_self();
  if (m->__type == PTHREAD_MUTEX_RECURSIVE) {
    // __count belongs to the owner: check ownership before looking at it.
    if (!lock_is_owner(atomic_load_explicit(word, memory_order_relaxed), tid))
      return EPERM;
    if (m->__count > 0) {
      m->__count--;
      return 0;
    }
  }
  return lock_wrunlock(word, tid, lock_scope(m->__shared));
}
