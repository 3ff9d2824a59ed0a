#include <pthread.h>

int pthread_condattr_getpshared(const pthread_condattr_t *restrict attr,
                                int *restrict shared) {
  *shared = attr->__shared;
  return 0;
}
