#include <errno.h>
#include <pthread.h>

// Only STALLED: when a thread or process dies holding a lock word, the
// runtime does not hand the lock to a waiter with EOWNERDEAD, so a robust
// mutex could not be implemented honestly (see <pthread.h>).
int pthread_mutexattr_setrobust(pthread_mutexattr_t *attr, int robust) {
  switch (robust) {
    case PTHREAD_MUTEX_STALLED:
      attr->__robust = robust;
      return 0;
    case PTHREAD_MUTEX_ROBUST:
      return ENOTSUP;
    default:
      return EINVAL;
  }
}
