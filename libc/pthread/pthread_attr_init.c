#include <pthread.h>

#include "pthread_impl.h"
#include "startup.h"

int pthread_attr_init(pthread_attr_t *attr) {
  *attr = (pthread_attr_t){
      .__stacksize = PTHREAD_DEFAULT_STACK_SIZE,
      .__stackaddr = NULL,
      .__guardsize = __startup.pagesz != 0 ? __startup.pagesz : 4096,
      .__detachstate = PTHREAD_CREATE_JOINABLE,
  };
  return 0;
}
