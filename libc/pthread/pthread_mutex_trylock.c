#include <errno.h>
#include <pthread.h>

#include "pthread_impl.h"

int pthread_mutex_trylock(pthread_mutex_t *m) {
  lock_word_t *word = mutex_word(m);
  cloudabi_tid_t tid = lock_self();
  if (lock_try_wrlock(word, tid))
    return 0;
  if (m->__type == PTHREAD_MUTEX_RECURSIVE &&
      lock_is_owner(atomic_load_explicit(word, memory_order_relaxed), tid)) {
    if (m->__count == UINT32_MAX)
      return EAGAIN;
    m->__count++;
    return 0;
  }
  return EBUSY;
}
