#include <cloudabi_types.h>
#include <pthread.h>

int pthread_condattr_init(pthread_condattr_t *attr) {
  attr->__clock = CLOUDABI_CLOCK_REALTIME;
  attr->__shared = PTHREAD_PROCESS_PRIVATE;
  return 0;
}
