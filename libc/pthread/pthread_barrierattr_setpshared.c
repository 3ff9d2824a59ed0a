#include <errno.h>
#include <pthread.h>

// PTHREAD_PROCESS_SHARED objects use CLOUDABI_SCOPE_SHARED when threads
// sleep on them.
int pthread_barrierattr_setpshared(pthread_barrierattr_t *attr, int shared) {
  if (shared != PTHREAD_PROCESS_PRIVATE && shared != PTHREAD_PROCESS_SHARED)
    return EINVAL;
  attr->__shared = shared;
  return 0;
}
