#include <errno.h>
#include <time.h>

#include "time_impl.h"

time_t timegm(struct tm *tm) {
  int64_t t = __time_tm_to_secs(tm);
  struct tm normalised;
  if (!__time_secs_to_tm(t, &normalised)) {
    errno = EOVERFLOW;
    return (time_t)-1;
  }
  normalised.tm_isdst = 0;
  normalised.tm_gmtoff = 0;
  normalised.tm_zone = "UTC";
  *tm = normalised;
  return t;
}
