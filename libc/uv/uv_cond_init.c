#include <time.h>

#include <uv.h>

// Timed waits are measured on the monotonic clock.
int uv_cond_init(uv_cond_t *c) {
  pthread_condattr_t attr;
  int error = pthread_condattr_init(&attr);
  if (error != 0)
    return -error;
  error = pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
  if (error == 0)
    error = pthread_cond_init(c, &attr);
  pthread_condattr_destroy(&attr);
  return -error;
}
