// <time.h> conversions in UTC: gmtime_r, timegm, mktime normalisation,
// asctime_r, ctime_r, difftime.
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "harness.h"

extern char **environ;
static char *utc_env[] = {NULL};

// A day-by-day reference: the calendar stepped one day at a time.
static bool leap(long long y) {
  return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

TEST(gmtime_epoch_and_known_dates) {
  struct tm tm;
  time_t t = 0;
  ASSERT_TRUE(gmtime_r(&t, &tm) == &tm);
  ASSERT_EQ(tm.tm_year, 70);
  ASSERT_EQ(tm.tm_mon, 0);
  ASSERT_EQ(tm.tm_mday, 1);
  ASSERT_EQ(tm.tm_wday, 4);
  ASSERT_EQ(tm.tm_yday, 0);
  ASSERT_EQ(tm.tm_isdst, 0);
  ASSERT_EQ(tm.tm_gmtoff, 0);
  ASSERT_STREQ(tm.tm_zone, "UTC");
  t = -1;
  gmtime_r(&t, &tm);
  ASSERT_EQ(tm.tm_year, 69);
  ASSERT_EQ(tm.tm_mon, 11);
  ASSERT_EQ(tm.tm_mday, 31);
  ASSERT_EQ(tm.tm_hour, 23);
  ASSERT_EQ(tm.tm_min, 59);
  ASSERT_EQ(tm.tm_sec, 59);
  ASSERT_EQ(tm.tm_wday, 3);
  ASSERT_EQ(tm.tm_yday, 364);
  t = 951782400;  // 2000-02-29T00:00:00Z, a Tuesday
  gmtime_r(&t, &tm);
  ASSERT_EQ(tm.tm_year, 100);
  ASSERT_EQ(tm.tm_mon, 1);
  ASSERT_EQ(tm.tm_mday, 29);
  ASSERT_EQ(tm.tm_wday, 2);
  ASSERT_EQ(tm.tm_yday, 59);
  t = 2147483647;  // 2038-01-19T03:14:07Z
  gmtime_r(&t, &tm);
  ASSERT_EQ(tm.tm_year, 138);
  ASSERT_EQ(tm.tm_mday, 19);
  ASSERT_EQ(tm.tm_hour, 3);
  ASSERT_EQ(tm.tm_min, 14);
  ASSERT_EQ(tm.tm_sec, 7);
  t = -62135596800;  // 0001-01-01T00:00:00Z, a Monday
  gmtime_r(&t, &tm);
  ASSERT_EQ(tm.tm_year, 1 - 1900);
  ASSERT_EQ(tm.tm_wday, 1);
  t = -62135596801;  // the last second of 1 BC (year 0, a leap year)
  gmtime_r(&t, &tm);
  ASSERT_EQ(tm.tm_year, -1900);
  ASSERT_EQ(tm.tm_yday, 365);
}

// Every day from 1600 to 2400 against a calendar stepped by hand.
TEST(gmtime_every_day_1600_2400) {
  static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  long long y = 1600;
  int m = 0, d = 1, yday = 0, wday = 6;  // 1600-01-01 was a Saturday
  time_t t = -11676096000;              // 1600-01-01T00:00:00Z
  for (; y < 2400; t += 86400) {
    struct tm tm;
    time_t noon = t + 43200 + 17;
    ASSERT_TRUE(gmtime_r(&noon, &tm) != NULL);
    if (tm.tm_year != y - 1900 || tm.tm_mon != m || tm.tm_mday != d || tm.tm_yday != yday ||
        tm.tm_wday != wday || tm.tm_hour != 12 || tm.tm_sec != 17) {
      ASSERT_EQ(tm.tm_year * 10000LL + tm.tm_mon * 100 + tm.tm_mday,
                (y - 1900) * 10000 + m * 100 + d);
      ASSERT_EQ(tm.tm_yday, yday);
      ASSERT_EQ(tm.tm_wday, wday);
    }
    struct tm back = tm;
    ASSERT_EQ(timegm(&back), noon);
    wday = (wday + 1) % 7;
    yday++;
    if (++d > mdays[m] + (m == 1 && leap(y))) {
      d = 1;
      if (++m == 12) {
        m = 0;
        y++;
        yday = 0;
      }
    }
  }
}

TEST(gmtime_overflow) {
  struct tm tm;
  time_t t = INT64_MAX;
  errno = 0;
  ASSERT_TRUE(gmtime_r(&t, &tm) == NULL);
  ASSERT_EQ(errno, EOVERFLOW);
  t = INT64_MIN;
  ASSERT_TRUE(gmtime_r(&t, &tm) == NULL);
  // The largest year that fits in tm_year.
  struct tm max = {.tm_year = INT_MAX, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23,
                   .tm_min = 59, .tm_sec = 59};
  t = timegm(&max);
  ASSERT_EQ(max.tm_year, INT_MAX);
  ASSERT_TRUE(gmtime_r(&t, &tm) != NULL);
  ASSERT_EQ(tm.tm_year, INT_MAX);
  t++;
  errno = 0;
  ASSERT_TRUE(gmtime_r(&t, &tm) == NULL);
  ASSERT_EQ(errno, EOVERFLOW);
  struct tm over = max;
  over.tm_sec = 60;
  errno = 0;
  ASSERT_EQ(timegm(&over), -1);
  ASSERT_EQ(errno, EOVERFLOW);
}

TEST(timegm_normalises) {
  struct tm tm = {.tm_year = 100, .tm_mon = 12, .tm_mday = 1};  // month 13 of 2000
  ASSERT_EQ(timegm(&tm), 978307200);                          // 2001-01-01
  ASSERT_EQ(tm.tm_year, 101);
  ASSERT_EQ(tm.tm_mon, 0);
  tm = (struct tm){.tm_year = 101, .tm_mon = -1, .tm_mday = 31};  // 2000-12-31
  ASSERT_EQ(timegm(&tm), 978220800);
  ASSERT_EQ(tm.tm_mon, 11);
  ASSERT_EQ(tm.tm_mday, 31);
  ASSERT_EQ(tm.tm_wday, 0);
  ASSERT_EQ(tm.tm_yday, 365);
  tm = (struct tm){.tm_year = 100, .tm_mon = 1, .tm_mday = 30};  // Feb 30 2000 = Mar 1
  timegm(&tm);
  ASSERT_EQ(tm.tm_mon, 2);
  ASSERT_EQ(tm.tm_mday, 1);
  tm = (struct tm){.tm_year = 70, .tm_mday = 0, .tm_hour = -1, .tm_min = 59, .tm_sec = 61};
  ASSERT_EQ(timegm(&tm), -86400 - 3600 + 59 * 60 + 61);
  tm = (struct tm){.tm_year = 70, .tm_mday = 1, .tm_sec = INT_MAX};
  ASSERT_EQ(timegm(&tm), INT_MAX);
  ASSERT_EQ(tm.tm_year, 138);
  tm = (struct tm){.tm_year = 70, .tm_mon = INT_MIN, .tm_mday = INT_MIN};
  time_t t = timegm(&tm);
  ASSERT_TRUE(t < 0);
  struct tm check;
  gmtime_r(&t, &check);
  ASSERT_EQ(check.tm_year, tm.tm_year);
  ASSERT_EQ(check.tm_mday, tm.tm_mday);
  // The wday/yday/isdst inputs are ignored.
  tm = (struct tm){.tm_year = 70, .tm_mday = 1, .tm_wday = 5, .tm_yday = 100, .tm_isdst = 1};
  ASSERT_EQ(timegm(&tm), 0);
  ASSERT_EQ(tm.tm_wday, 4);
  ASSERT_EQ(tm.tm_isdst, 0);
}

TEST(mktime_utc_normalisation) {
  environ = utc_env;
  struct tm tm = {.tm_year = 123, .tm_mon = 0, .tm_mday = 31 + 29, .tm_hour = 25,
                  .tm_isdst = -1};  // 2023-01-60 25:00 = 2023-03-02 01:00
  time_t t = mktime(&tm);
  ASSERT_EQ(t, 1677718800);
  ASSERT_EQ(tm.tm_mon, 2);
  ASSERT_EQ(tm.tm_mday, 2);
  ASSERT_EQ(tm.tm_hour, 1);
  ASSERT_EQ(tm.tm_wday, 4);
  ASSERT_EQ(tm.tm_yday, 60);
  ASSERT_EQ(tm.tm_isdst, 0);
  ASSERT_STREQ(tm.tm_zone, "UTC");
  // 1969-12-31T23:59:59Z is a valid -1: errno is left alone.
  tm = (struct tm){.tm_year = 69, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23, .tm_min = 59,
                   .tm_sec = 59, .tm_isdst = 0};
  errno = 0;
  ASSERT_EQ(mktime(&tm), -1);
  ASSERT_EQ(errno, 0);
  tm = (struct tm){.tm_year = INT_MAX, .tm_mon = 12, .tm_mday = 1};
  ASSERT_EQ(mktime(&tm), -1);
  ASSERT_EQ(errno, EOVERFLOW);
  ASSERT_EQ(tm.tm_year, INT_MAX);  // unchanged on failure
}

TEST(asctime_and_ctime) {
  environ = utc_env;
  char buf[26];
  struct tm tm;
  time_t t = 1700000000;  // 2023-11-14T22:13:20Z, a Tuesday
  gmtime_r(&t, &tm);
  ASSERT_STREQ(asctime_r(&tm, buf), "Tue Nov 14 22:13:20 2023\n");
  ASSERT_STREQ(ctime_r(&t, buf), "Tue Nov 14 22:13:20 2023\n");
  ASSERT_STREQ(asctime(&tm), "Tue Nov 14 22:13:20 2023\n");
  ASSERT_STREQ(ctime(&t), "Tue Nov 14 22:13:20 2023\n");
  t = 0;
  ASSERT_STREQ(ctime_r(&t, buf), "Thu Jan  1 00:00:00 1970\n");
  tm.tm_year = 9999 - 1900;
  ASSERT_STREQ(asctime_r(&tm, buf), "Tue Nov 14 22:13:20 9999\n");
  tm.tm_year = 10000 - 1900;
  errno = 0;
  ASSERT_TRUE(asctime_r(&tm, buf) == NULL);
  ASSERT_EQ(errno, EOVERFLOW);
  tm.tm_year = 100;
  tm.tm_mon = 12;
  ASSERT_TRUE(asctime_r(&tm, buf) == NULL);
  struct tm *g = gmtime(&t), *l = localtime(&t);
  ASSERT_EQ(g->tm_year, 70);
  ASSERT_EQ(l->tm_year, 70);
}

TEST(difftime_values) {
  ASSERT_TRUE(difftime(10, 4) == 6.0);
  ASSERT_TRUE(difftime(4, 10) == -6.0);
  ASSERT_TRUE(difftime(INT64_MAX, INT64_MIN) == 18446744073709551615.0);
  ASSERT_TRUE(difftime(INT64_MIN, INT64_MAX) == -18446744073709551615.0);
  ASSERT_TRUE(difftime((time_t)1 << 60, ((time_t)1 << 60) - 1) == 1.0);
}

TEST(clock_constants) {
  ASSERT_EQ(CLOCKS_PER_SEC, 1000000);
  clock_t c = clock();
  ASSERT_TRUE(c >= 0);
}
