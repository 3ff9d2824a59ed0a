#include <errno.h>
#include <threads.h>

#include "pthread_impl.h"

int mtx_timedlock(mtx_t *restrict mtx, const struct timespec *restrict ts) {
  switch (__pthread_mutex_lock(mtx, CLOUDABI_CLOCK_REALTIME, ts)) {
    case 0:
      return thrd_success;
    case ETIMEDOUT:
      return thrd_timedout;
    default:
      return thrd_error;
  }
}
