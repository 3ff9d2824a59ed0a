#include <pthread.h>

int pthread_rwlockattr_init(pthread_rwlockattr_t *attr) {
  attr->__shared = PTHREAD_PROCESS_PRIVATE;
  return 0;
}
