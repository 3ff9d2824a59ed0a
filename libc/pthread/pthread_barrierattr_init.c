#include <pthread.h>

int pthread_barrierattr_init(pthread_barrierattr_t *attr) {
  attr->__shared = PTHREAD_PROCESS_PRIVATE;
  return 0;
}
