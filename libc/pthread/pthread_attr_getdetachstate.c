#include <pthread.h>

int pthread_attr_getdetachstate(const pthread_attr_t *attr, int *state) {
  *state = attr->__detachstate;
  return 0;
}
