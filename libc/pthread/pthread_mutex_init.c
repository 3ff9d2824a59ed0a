#include <pthread.h>

int pthread_mutex_init(pthread_mutex_t *restrict m,
                       const pthread_mutexattr_t *restrict attr) {
  *m = (pthread_mutex_t){
      .__lock = 0,
      .__count = 0,
      .__type = attr != NULL ? (unsigned char)attr->__type : PTHREAD_MUTEX_DEFAULT,
      .__shared = attr != NULL && attr->__shared == PTHREAD_PROCESS_SHARED,
  };
  return 0;
}
