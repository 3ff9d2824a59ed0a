#include <pthread.h>

int pthread_barrierattr_getpshared(const pthread_barrierattr_t *restrict attr,
                                   int *restrict shared) {
  *shared = attr->__shared;
  return 0;
}
