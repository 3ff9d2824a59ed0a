#include <stdlib.h>

#include <uv.h>

// Returns 1 in one of the threads, 0 in the others.
int uv_barrier_wait(uv_barrier_t *b) {
  int r = pthread_barrier_wait(b);
  if (r != 0 && r != PTHREAD_BARRIER_SERIAL_THREAD)
    abort();
  return r == PTHREAD_BARRIER_SERIAL_THREAD;
}
