#include <pthread.h>

int pthread_mutexattr_getprotocol(const pthread_mutexattr_t *restrict attr,
                                  int *restrict protocol) {
  *protocol = attr->__protocol;
  return 0;
}
