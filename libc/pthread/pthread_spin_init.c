#include <pthread.h>

// Spin locks are process-shared either way: waiting never involves the
// runtime.
int pthread_spin_init(pthread_spinlock_t *s, int shared) {
  (void)shared;
  s->__lock = 0;
  return 0;
}
