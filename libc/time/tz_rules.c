// Internal: applying a TZ rule to instants (see tz_impl.h).
#include "time_impl.h"
#include "tz_impl.h"

const struct tz_rule __tz_utc = {.std_name = "UTC", .dst_name = NULL};

// Day of the year (0-based, may reach 365) on which a rule date falls.
static int64_t date_yday(const struct tz_date *d, int64_t year) {
  switch (d->kind) {
    case TZ_JULIAN1:
      // February 29 is never counted: from March on, leap years add a day.
      return d->day - 1 + (d->day >= 60 && time_is_leap(year));
    case TZ_JULIAN0:
      return d->day;
    case TZ_MONTH:
    default: {
      int64_t first = time_days_from_civil(year, d->month, 1);
      int wday_first = (int)time_floormod(first + 4, 7);
      int mday = 1 + (d->day - wday_first + 7) % 7 + 7 * (d->week - 1);
      int len = __time_month_start[d->month] - __time_month_start[d->month - 1] +
                (d->month == 2 && time_is_leap(year));
      while (mday > len)
        mday -= 7;
      return time_yday(year, d->month - 1, mday);
    }
  }
}

// The instant (UTC) of a transition in `year`, whose local time is read
// with the offset in effect before it.
static int64_t transition(const struct tz_date *d, int64_t year, int32_t off_before) {
  int64_t day = time_days_from_civil(year, 1, 1) + date_yday(d, year);
  return day * SECS_PER_DAY + d->time - off_before;
}

// Beyond this, years no longer fit in tm_year (and the arithmetic below
// could overflow): such instants have no local time.
#define TZ_LIMIT ((int64_t)1 << 58)

bool __tz_is_dst(const struct tz_rule *rule, int64_t t) {
  if (rule->dst_name == NULL || t > TZ_LIMIT || t < -TZ_LIMIT)
    return false;
  // The year of t in standard time; transitions may stray a week into the
  // neighbouring years (rule times up to 167 hours), so look at the latest
  // transition not after t among three years.
  int64_t year;
  int month, mday;
  time_civil_from_days(time_floordiv(t + rule->std_off, SECS_PER_DAY), &year, &month, &mday);
  bool found = false, dst = false;
  int64_t latest = 0;
  for (int64_t y = year - 1; y <= year + 1; y++) {
    // Each year's two transitions in time order; on a tie the one looked
    // at later wins, so a year's end of DST that coincides with the next
    // year's start (DST all year) leaves DST on.
    int64_t when[2] = {transition(&rule->start, y, rule->std_off),
                       transition(&rule->end, y, rule->dst_off)};
    bool to_dst[2] = {true, false};
    if (when[1] < when[0]) {
      int64_t w = when[0];
      when[0] = when[1], when[1] = w;
      to_dst[0] = false, to_dst[1] = true;
    }
    for (int i = 0; i < 2; i++) {
      if (when[i] <= t && (!found || when[i] >= latest)) {
        latest = when[i];
        dst = to_dst[i];
        found = true;
      }
    }
  }
  return dst;
}

bool __tz_localtime(const struct tz_rule *rule, int64_t t, struct tm *tm) {
  if (t > TZ_LIMIT || t < -TZ_LIMIT)
    return false;
  bool dst = __tz_is_dst(rule, t);
  int32_t off = dst ? rule->dst_off : rule->std_off;
  if (!__time_secs_to_tm(t + off, tm))
    return false;
  tm->tm_isdst = dst;
  tm->tm_gmtoff = off;
  tm->tm_zone = dst ? rule->dst_name : rule->std_name;
  return true;
}
