#include <errno.h>
#include <pthread.h>
#include <stdint.h>

// The size is kept as given and rounded up to whole pages when the thread
// is created; 0 means no guard page.  Ignored for caller-supplied stacks.
int pthread_attr_setguardsize(pthread_attr_t *attr, size_t size) {
  if (size > SIZE_MAX / 4)
    return EINVAL;
  attr->__guardsize = size;
  return 0;
}
