// Internal calendar conversions shared by gmtime_r, localtime_r, mktime,
// timegm, strftime and strptime (see time_impl.h).
#include <limits.h>

#include "time_impl.h"

const short __time_month_start[13] = {0,   31,  59,  90,  120, 151, 181,
                                      212, 243, 273, 304, 334, 365};

const char *const __time_day_names[7] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                         "Thursday", "Friday", "Saturday"};
const char *const __time_month_names[12] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

int64_t __time_tm_to_secs(const struct tm *tm) {
  int64_t year = (int64_t)tm->tm_year + 1900 + time_floordiv(tm->tm_mon, 12);
  int month0 = (int)time_floormod(tm->tm_mon, 12);
  int64_t days = time_days_from_civil(year, month0 + 1, 1) + (int64_t)tm->tm_mday - 1;
  return days * SECS_PER_DAY + (int64_t)tm->tm_hour * 3600 + (int64_t)tm->tm_min * 60 +
         tm->tm_sec;
}

bool __time_secs_to_tm(int64_t secs, struct tm *tm) {
  int64_t days = time_floordiv(secs, SECS_PER_DAY);
  int64_t rem = secs - days * SECS_PER_DAY;
  int64_t year;
  int month, mday;
  time_civil_from_days(days, &year, &month, &mday);
  if (year - 1900 < INT_MIN || year - 1900 > INT_MAX)
    return false;
  tm->tm_year = (int)(year - 1900);
  tm->tm_mon = month - 1;
  tm->tm_mday = mday;
  tm->tm_hour = (int)(rem / 3600);
  tm->tm_min = (int)(rem / 60 % 60);
  tm->tm_sec = (int)(rem % 60);
  tm->tm_wday = (int)time_floormod(days + 4, 7);  // 1970-01-01 was a Thursday
  tm->tm_yday = time_yday(year, month - 1, mday);
  return true;
}

// ISO 8601 weeks start on Monday; week 1 is the one holding the year's
// first Thursday (equivalently, January 4).
int64_t __time_iso_week(const struct tm *tm, int *week) {
  int64_t year = (int64_t)tm->tm_year + 1900;
  int wday_mon = (tm->tm_wday + 6) % 7;  // Monday = 0
  // Day of the year (0-based) of this week's Thursday.
  int thursday = tm->tm_yday - wday_mon + 3;
  if (thursday < 0) {
    // The week belongs to the last week of the previous year.
    year--;
    thursday += time_is_leap(year) ? 366 : 365;
  } else {
    int len = time_is_leap(year) ? 366 : 365;
    if (thursday >= len) {
      year++;
      thursday -= len;
    }
  }
  *week = thursday / 7 + 1;
  return year;
}
