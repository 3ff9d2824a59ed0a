#include <time.h>
#include <unistd.h>

unsigned int sleep(unsigned int seconds) {
  // Never interrupted (there are no signals): nothing remains to sleep.
  struct timespec ts = {.tv_sec = seconds, .tv_nsec = 0};
  return nanosleep(&ts, NULL) == 0 ? 0 : seconds;
}
