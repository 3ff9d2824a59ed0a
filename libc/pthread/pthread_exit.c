#include <pthread.h>

#include "pthread_impl.h"

_Noreturn void pthread_exit(void *value) {
  struct __pthread *self = pthread_current();
  self->result = value;
  __pthread_terminate(self);
}
