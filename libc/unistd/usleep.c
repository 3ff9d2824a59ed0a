#include <errno.h>
#include <time.h>
#include <unistd.h>

int usleep(useconds_t useconds) {
  struct timespec ts = {.tv_sec = useconds / 1000000, .tv_nsec = (long)(useconds % 1000000) * 1000};
  return nanosleep(&ts, NULL);
}
