#include <pthread.h>

#include "pthread_impl.h"

int pthread_cond_signal(pthread_cond_t *c) {
  return __condvar_wake(cond_word(c), lock_scope(c->__shared), 1);
}
