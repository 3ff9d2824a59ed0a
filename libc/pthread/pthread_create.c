#include <pthread.h>

#include "pthread_impl.h"

int pthread_create(pthread_t *restrict thread,
                   const pthread_attr_t *restrict attr,
                   void *(*start)(void *), void *restrict arg) {
  return __pthread_create(thread, attr, start, NULL, arg);
}
