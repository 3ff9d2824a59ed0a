#include <errno.h>
#include <time.h>

#include "tz_impl.h"

struct tm *localtime_r(const time_t *restrict timer, struct tm *restrict result) {
  struct tz_rule rule;
  __tz_current(&rule);
  if (!__tz_localtime(&rule, *timer, result)) {
    errno = EOVERFLOW;
    return NULL;
  }
  return result;
}
