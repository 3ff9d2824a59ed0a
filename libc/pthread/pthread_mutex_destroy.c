#include <errno.h>
#include <pthread.h>

int pthread_mutex_destroy(pthread_mutex_t *m) {
  if (__atomic_load_n(&m->__lock, __ATOMIC_RELAXED) != 0)
    return EBUSY;
  return 0;
}
