#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>

int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size) {
  if (size < PTHREAD_STACK_MIN || size > SIZE_MAX / 4)
    return EINVAL;
  attr->__stacksize = size;
  return 0;
}
