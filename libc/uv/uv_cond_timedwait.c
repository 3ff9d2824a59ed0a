#include <errno.h>
#include <stdlib.h>
#include <time.h>

#include <uv.h>

// timeout is relative, in nanoseconds.
int uv_cond_timedwait(uv_cond_t *c, uv_mutex_t *m, uint64_t timeout) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  uint64_t ns = (uint64_t)ts.tv_nsec + timeout % 1000000000u;
  ts.tv_sec += (time_t)(timeout / 1000000000u + ns / 1000000000u);
  ts.tv_nsec = (long)(ns % 1000000000u);
  int error = pthread_cond_timedwait(c, m, &ts);
  if (error == 0)
    return 0;
  if (error == ETIMEDOUT)
    return UV_ETIMEDOUT;
  abort();
}
