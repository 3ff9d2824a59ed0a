// Internal: calendar arithmetic shared by the <time.h> conversions.
//
// Days are counted from 1970-01-01 (day 0) in the proleptic Gregorian
// calendar, with 64-bit arithmetic throughout: every int-valued struct tm
// field fits without overflow, and so does the time_t result (|days| stays
// below 2^40).
#ifndef LIBC_INTERNAL_TIME_IMPL_H
#define LIBC_INTERNAL_TIME_IMPL_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#define SECS_PER_DAY 86400

static inline bool time_is_leap(int64_t year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

// Floor division and the matching non-negative remainder.
static inline int64_t time_floordiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}
static inline int64_t time_floormod(int64_t a, int64_t b) {
  return a - time_floordiv(a, b) * b;
}

// Day number of year-month-day (month 1..12, day may be out of range: it is
// simply added).  Years are shifted to start in March so that February, the
// irregular month, comes last; a 400-year cycle has 146097 days (the
// era / day-of-era method described by Howard Hinnant).
static inline int64_t time_days_from_civil(int64_t year, int month, int64_t day) {
  int64_t y = month <= 2 ? year - 1 : year;
  int64_t era = time_floordiv(y, 400);
  int64_t yoe = y - era * 400;                          // 0..399
  int64_t mp = month > 2 ? month - 3 : month + 9;        // March = 0
  int64_t doy = (153 * mp + 2) / 5;                      // days before month
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;   // day of era
  return era * 146097 + doe - 719468 + (day - 1);
}

// The inverse: year, month (1..12) and day (1..31) of a day number.
static inline void time_civil_from_days(int64_t days, int64_t *year, int *month, int *day) {
  int64_t z = days + 719468;
  int64_t era = time_floordiv(z, 146097);
  int64_t doe = z - era * 146097;                                  // 0..146096
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // 0..399
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);           // 0..365
  int64_t mp = (5 * doy + 2) / 153;                                // March = 0
  *day = (int)(doy - (153 * mp + 2) / 5 + 1);
  *month = (int)(mp < 10 ? mp + 3 : mp - 9);
  *year = yoe + era * 400 + (*month <= 2);
}

// Day of the year (0-based) of the first of each month in common years.
extern const short __time_month_start[13];

static inline int time_yday(int64_t year, int month0, int mday) {
  return __time_month_start[month0] + (month0 >= 2 && time_is_leap(year)) + mday - 1;
}

// Seconds since the epoch of the broken-down time in *tm read as UTC, with
// every field allowed out of range (months carry into years, seconds,
// minutes, hours and days simply add up).  Ignores tm_wday, tm_yday,
// tm_isdst and tm_gmtoff.
int64_t __time_tm_to_secs(const struct tm *tm);

// Fills tm_sec .. tm_yday of *tm from seconds since the epoch (UTC).
// Returns false if the year does not fit in tm_year.  Leaves tm_isdst,
// tm_gmtoff and tm_zone alone.
bool __time_secs_to_tm(int64_t secs, struct tm *tm);

// Names in the C locale.
extern const char *const __time_day_names[7];
extern const char *const __time_month_names[12];

// ISO 8601 week-based year (as tm_year + 1900) and week number 1..53 of a
// struct tm with valid tm_year, tm_wday and tm_yday.
int64_t __time_iso_week(const struct tm *tm, int *week);

#endif
