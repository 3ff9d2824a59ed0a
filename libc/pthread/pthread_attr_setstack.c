#include <errno.h>
#include <limits.h>
#include <pthread.h>

// `addr` is the lowest address of the caller's stack.  The thread still
// gets a separate SafeStack unsafe stack of the same size from the library.
int pthread_attr_setstack(pthread_attr_t *attr, void *addr, size_t size) {
  if (size < PTHREAD_STACK_MIN || addr == NULL)
    return EINVAL;
  attr->__stackaddr = addr;
  attr->__stacksize = size;
  return 0;
}
