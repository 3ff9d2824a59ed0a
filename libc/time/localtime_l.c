#include <errno.h>
#include <time.h>

#include "tz_impl.h"

// cloudlibc's signature: the time as a struct timespec, 0 or an error
// number returned.  Locale objects here carry no time zone, so this is
// localtime_r in the current zone (TZ); struct tm has no field for the
// nanoseconds, which only have to be valid.
int localtime_l(const struct timespec *restrict ts, struct tm *restrict tm,
                locale_t locale) {
  (void)locale;
  if (ts->tv_nsec < 0 || ts->tv_nsec >= 1000000000)
    return EINVAL;
  struct tz_rule rule;
  __tz_current(&rule);
  if (!__tz_localtime(&rule, ts->tv_sec, tm))
    return EOVERFLOW;
  return 0;
}
