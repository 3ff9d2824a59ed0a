#include <pthread.h>

int pthread_mutexattr_getrobust(const pthread_mutexattr_t *restrict attr,
                                int *restrict robust) {
  *robust = attr->__robust;
  return 0;
}
