#include <pthread.h>

int pthread_rwlock_init(pthread_rwlock_t *restrict rw,
                        const pthread_rwlockattr_t *restrict attr) {
  *rw = (pthread_rwlock_t){
      .__lock = 0,
      .__shared = attr != NULL && attr->__shared == PTHREAD_PROCESS_SHARED,
  };
  return 0;
}
