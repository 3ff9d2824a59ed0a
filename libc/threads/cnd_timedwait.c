#include <errno.h>
#include <threads.h>

#include "pthread_impl.h"

// TIME_UTC deadlines, whatever the clock of the condition variable.
int cnd_timedwait(cnd_t *restrict cond, mtx_t *restrict mtx,
                  const struct timespec *restrict ts) {
  switch (__pthread_cond_wait(cond, mtx, CLOUDABI_CLOCK_REALTIME, ts)) {
    case 0:
      return thrd_success;
    case ETIMEDOUT:
      return thrd_timedout;
    default:
      return thrd_error;
  }
}
