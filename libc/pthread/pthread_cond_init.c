#include <cloudabi_types.h>
#include <pthread.h>

int pthread_cond_init(pthread_cond_t *restrict c,
                      const pthread_condattr_t *restrict attr) {
  *c = (pthread_cond_t){
      .__waiters = CLOUDABI_CONDVAR_HAS_NO_WAITERS,
      .__clock = attr != NULL ? attr->__clock : CLOUDABI_CLOCK_REALTIME,
      .__shared = attr != NULL && attr->__shared == PTHREAD_PROCESS_SHARED,
  };
  return 0;
}
