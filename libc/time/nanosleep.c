#include <errno.h>
#include <time.h>

int nanosleep(const struct timespec *rqtp, struct timespec *rmtp) {
  // The monotonic clock: setting the wall clock does not change how long
  // this sleeps.
  int error = clock_nanosleep(CLOCK_MONOTONIC, 0, rqtp, rmtp);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
