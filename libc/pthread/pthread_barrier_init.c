#include <errno.h>
#include <pthread.h>

int pthread_barrier_init(pthread_barrier_t *restrict b,
                         const pthread_barrierattr_t *restrict attr,
                         unsigned count) {
  if (count == 0)
    return EINVAL;
  *b = (pthread_barrier_t){
      .__count = count,
      .__shared = attr != NULL && attr->__shared == PTHREAD_PROCESS_SHARED,
  };
  return 0;
}
