#include <pthread.h>

int pthread_rwlockattr_getpshared(const pthread_rwlockattr_t *restrict attr,
                                  int *restrict shared) {
  *shared = attr->__shared;
  return 0;
}
