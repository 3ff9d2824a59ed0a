#include <errno.h>
#include <pthread.h>

int pthread_spin_destroy(pthread_spinlock_t *s) {
  if (__atomic_load_n(&s->__lock, __ATOMIC_RELAXED) != 0)
    return EBUSY;
  return 0;
}
