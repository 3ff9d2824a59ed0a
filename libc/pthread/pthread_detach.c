#include <errno.h>
#include <pthread.h>

#include "pthread_impl.h"

int pthread_detach(pthread_t thread) {
  int state = PTHREAD_STATE_JOINABLE;
  if (atomic_compare_exchange_strong_explicit(
          &thread->state, &state, PTHREAD_STATE_DETACHED, memory_order_acq_rel,
          memory_order_acquire))
    return 0;  // the thread will put itself on the zombie list
  if (state == PTHREAD_STATE_DETACHED)
    return EINVAL;
  // It already finished while joinable: release it like a join would.
  return __pthread_wait_and_free(thread, NULL);
}
