#include <errno.h>
#include <pthread.h>

int pthread_barrier_destroy(pthread_barrier_t *b) {
  if (__atomic_load_n(&b->__lock, __ATOMIC_RELAXED) != 0 ||
      __atomic_load_n(&b->__arrived, __ATOMIC_RELAXED) != 0)
    return EBUSY;
  return 0;
}
