#include <errno.h>
#include <pthread.h>

#include "pthread_impl.h"

int pthread_join(pthread_t thread, void **value) {
  if (thread == pthread_current())
    return EDEADLK;
  if (atomic_load_explicit(&thread->state, memory_order_relaxed) ==
      PTHREAD_STATE_DETACHED)
    return EINVAL;
  return __pthread_wait_and_free(thread, value);
}
