#include <errno.h>
#include <time.h>

#include "time_impl.h"

struct tm *gmtime_r(const time_t *restrict timer, struct tm *restrict result) {
  if (!__time_secs_to_tm(*timer, result)) {
    errno = EOVERFLOW;
    return NULL;
  }
  result->tm_isdst = 0;
  result->tm_gmtoff = 0;
  result->tm_zone = "UTC";
  return result;
}
