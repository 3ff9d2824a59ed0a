#include <errno.h>
#include <pthread.h>

int pthread_cond_destroy(pthread_cond_t *c) {
  if (__atomic_load_n(&c->__waiters, __ATOMIC_RELAXED) != 0)
    return EBUSY;
  return 0;
}
