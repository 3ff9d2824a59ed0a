// Internal: time zones from POSIX TZ rule strings.
//
// The zone in effect is the one described by getenv("TZ"), parsed again
// whenever the string changes (tz_current).  Offsets here are in seconds
// east of UTC (like tm_gmtoff); the TZ string writes them west.
#ifndef LIBC_INTERNAL_TZ_IMPL_H
#define LIBC_INTERNAL_TZ_IMPL_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

// One end of the daylight saving period.
struct tz_date {
  enum { TZ_JULIAN1, TZ_JULIAN0, TZ_MONTH } kind;
  int day;    // Jn: 1..365; n: 0..365; Mm.w.d: weekday d (0 = Sunday)
  int week;   // Mm.w.d: 1..5 (5 = last)
  int month;  // Mm.w.d: 1..12
  int32_t time;  // local time of day of the change, seconds (may be < 0 or > 1 day)
};

struct tz_rule {
  const char *std_name;  // interned: valid forever
  const char *dst_name;  // NULL: no daylight saving time
  int32_t std_off;       // seconds east of UTC
  int32_t dst_off;
  struct tz_date start, end;  // start of DST (in standard time), end (in DST)
};

// Parses a POSIX TZ string ("" and NULL are not valid here).  Returns false
// if it does not follow the POSIX format.
bool __tz_parse(const char *s, struct tz_rule *rule);

// The rule for UTC (tzname "UTC").
extern const struct tz_rule __tz_utc;

// Re-reads TZ and copies the rule in effect to *rule; also updates tzname,
// timezone and daylight.
void __tz_current(struct tz_rule *rule);

// Whether DST is in effect at the instant t (seconds since the epoch).
bool __tz_is_dst(const struct tz_rule *rule, int64_t t);

// Fills *tm with the local time of t under the rule; false on overflow.
bool __tz_localtime(const struct tz_rule *rule, int64_t t, struct tm *tm);

// Interns a name of len bytes: returns a NUL-terminated copy that lives as
// long as the process (the same pointer for the same name), or NULL if out
// of memory.
const char *__tz_intern(const char *name, size_t len);

// For the fork child path: the time zone lock may have been held by a
// thread that does not exist in the child.
void __tz_fork_child(void);

#endif
