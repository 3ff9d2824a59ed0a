#include <pthread.h>

int pthread_mutexattr_getpshared(const pthread_mutexattr_t *restrict attr,
                                 int *restrict shared) {
  *shared = attr->__shared;
  return 0;
}
