#include <errno.h>
#include <time.h>

#include "time_impl.h"
#include "tz_impl.h"

time_t mktime(struct tm *tm) {
  struct tz_rule rule;
  __tz_current(&rule);
  // The wall-clock time, normalised, as seconds; the instant is that minus
  // the offset east of UTC.
  int64_t local = __time_tm_to_secs(tm);
  int64_t t;
  if (tm->tm_isdst > 0) {
    // Presumed DST, whether or not it is in effect then (POSIX); a zone
    // without DST presumes it one hour ahead, as glibc and musl do.
    t = local - (rule.dst_name != NULL ? rule.dst_off : rule.std_off + 3600);
  } else if (tm->tm_isdst == 0 || rule.dst_name == NULL) {
    t = local - rule.std_off;
  } else {
    int64_t as_std = local - rule.std_off, as_dst = local - rule.dst_off;
    bool std_ok = !__tz_is_dst(&rule, as_std), dst_ok = __tz_is_dst(&rule, as_dst);
    if (std_ok && dst_ok)
      t = as_std;  // twice: the standard-time occurrence
    else if (std_ok)
      t = as_std;
    else if (dst_ok)
      t = as_dst;
    else
      t = as_std > as_dst ? as_std : as_dst;  // skipped: the offset before
  }
  struct tm result;
  if (!__tz_localtime(&rule, t, &result)) {
    errno = EOVERFLOW;
    return (time_t)-1;
  }
  *tm = result;
  return t;
}
