#include <pthread.h>

int pthread_attr_getstack(const pthread_attr_t *restrict attr,
                          void **restrict addr, size_t *restrict size) {
  *addr = attr->__stackaddr;
  *size = attr->__stacksize;
  return 0;
}
