#include <time.h>

char *ctime_r(const time_t *timer, char *buf) {
  struct tm tm;
  if (localtime_r(timer, &tm) == NULL)
    return NULL;
  return asctime_r(&tm, buf);
}
