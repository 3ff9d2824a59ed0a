// Time zones from POSIX TZ rules: localtime_r and mktime against the
// host's zoneinfo (tz_cases.h, made by tools/gen_tz_cases.c), the forms of
// the rule syntax, tzset and its variables, and mktime around transitions.
#include <errno.h>
#include <pthread.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "tz_cases.h"

extern char **environ;

static char tz_entry[300];
static char *tz_env[] = {tz_entry, NULL};
static char *no_env[] = {NULL};

static void set_tz(const char *rule) {
  if (rule == NULL) {
    environ = no_env;
  } else {
    snprintf(tz_entry, sizeof(tz_entry), "TZ=%s", rule);
    environ = tz_env;
  }
}

TEST(zoneinfo_table) {
  size_t n = sizeof(tz_points) / sizeof(tz_points[0]);
  ASSERT_TRUE(n > 6000);
  for (size_t i = 0; i < n; i++) {
    const struct tz_point *p = &tz_points[i];
    set_tz(tz_spans[p->span].rule);
    time_t t = (time_t)p->t;
    struct tm tm;
    ASSERT_TRUE(localtime_r(&t, &tm) == &tm);
    if (tm.tm_gmtoff != p->gmtoff || tm.tm_isdst != p->isdst || strcmp(tm.tm_zone, p->abbr)) {
      char msg[200];
      snprintf(msg, sizeof(msg), "%s (%s) at %lld: %ld %d %s, expected %ld %d %s",
               tz_spans[p->span].zone, tz_spans[p->span].rule, p->t, tm.tm_gmtoff, tm.tm_isdst,
               tm.tm_zone, p->gmtoff, p->isdst, p->abbr);
      test_log(msg);
      ASSERT_TRUE(false);
    }
    // The fields are UTC shifted by the offset.
    struct tm utc;
    time_t shifted = t + p->gmtoff;
    gmtime_r(&shifted, &utc);
    ASSERT_EQ(tm.tm_year, utc.tm_year);
    ASSERT_EQ(tm.tm_yday, utc.tm_yday);
    ASSERT_EQ(tm.tm_hour, utc.tm_hour);
    ASSERT_EQ(tm.tm_min, utc.tm_min);
    // mktime takes it back, with tm_isdst as found and as -1 alike (except
    // in the repeated hour, where -1 means the standard-time occurrence).
    struct tm back = tm;
    ASSERT_EQ(mktime(&back), t);
    back = tm;
    back.tm_isdst = -1;
    time_t guess = mktime(&back);
    if (guess != t) {
      ASSERT_TRUE(p->isdst == 1);
      ASSERT_EQ(guess, t + 3600);
    }
  }
}

TEST(no_tz_is_utc) {
  set_tz(NULL);
  time_t t = 1700000000;
  struct tm tm;
  localtime_r(&t, &tm);
  ASSERT_EQ(tm.tm_hour, 22);
  ASSERT_EQ(tm.tm_gmtoff, 0);
  ASSERT_STREQ(tm.tm_zone, "UTC");
  tzset();
  ASSERT_STREQ(tzname[0], "UTC");
  ASSERT_EQ(timezone, 0);
  ASSERT_EQ(daylight, 0);
}

// Forms that cannot be resolved or do not parse mean UTC.
TEST(unusable_tz_is_utc) {
  static const char *const bad[] = {
      "",          ":Europe/Berlin", "Europe/Berlin", "CET",       "CE-1",
      "CET-25",    "CET-1CEST,",     "CET-1CEST,M3.5.0",          "CET-1CEST,M13.5.0,M10.5.0",
      "CET-1CEST,M3.6.0,M10.5.0",    "CET-1CEST,M3.5.7,M10.5.0", "CET-1CEST,J0,J100",
      "CET-1CEST,366,100",           "CET-1CEST,M3.5.0/168,M10.5.0", "<+03-3",
      "<+0>-3",    "CET-1:60",       "CET-1 ",    "CET-1CEST,M3.5.0,M10.5.0x",
  };
  time_t t = 1700000000;
  for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
    set_tz(bad[i]);
    struct tm tm;
    localtime_r(&t, &tm);
    if (tm.tm_gmtoff != 0 || strcmp(tm.tm_zone, "UTC") != 0) {
      test_log(bad[i]);
      ASSERT_TRUE(false);
    }
  }
}

static long offset_at(const char *rule, time_t t, int *isdst, const char **zone) {
  set_tz(rule);
  struct tm tm;
  localtime_r(&t, &tm);
  *isdst = tm.tm_isdst;
  if (zone != NULL)
    *zone = tm.tm_zone;
  return tm.tm_gmtoff;
}

TEST(rule_forms) {
  int dst;
  const char *zone;
  // Quoted names and half-hour offsets.
  ASSERT_EQ(offset_at("<+0330>-3:30", 0, &dst, &zone), 12600);
  ASSERT_STREQ(zone, "+0330");
  ASSERT_EQ(dst, 0);
  ASSERT_EQ(offset_at("<-03>3", 0, &dst, &zone), -10800);
  ASSERT_STREQ(zone, "-03");
  ASSERT_EQ(offset_at("NPT-5:45", 0, &dst, NULL), 20700);
  ASSERT_EQ(offset_at("XXX+1:02:03", 0, &dst, NULL), -3723);
  ASSERT_EQ(offset_at("XXX-24", 0, &dst, NULL), 86400);
  // Jn never counts February 29: J60 is March 1 in every year.
  // 2024-03-01T00:00:00Z = 1709251200; 2023-03-01 = 1677628800.
  const char *j = "AAA0BBB,J60/0,J300/0";
  ASSERT_EQ(offset_at(j, 1709251200 - 1, &dst, NULL), 0);
  ASSERT_EQ(offset_at(j, 1709251200, &dst, &zone), 3600);
  ASSERT_STREQ(zone, "BBB");
  ASSERT_EQ(offset_at(j, 1677628800 - 1, &dst, NULL), 0);
  ASSERT_EQ(offset_at(j, 1677628800, &dst, NULL), 3600);
  // n counts it: day 59 is February 29 in 2024 and March 1 in 2023.
  const char *n = "AAA0BBB,59/0,300/0";
  ASSERT_EQ(offset_at(n, 1709164800 - 1, &dst, NULL), 0);  // 2024-02-29
  ASSERT_EQ(offset_at(n, 1709164800, &dst, NULL), 3600);
  ASSERT_EQ(offset_at(n, 1677628800 - 1, &dst, NULL), 0);
  ASSERT_EQ(offset_at(n, 1677628800, &dst, NULL), 3600);
  // Explicit DST offset, default time 02:00 local standard time.
  const char *e = "AAA0BBB-2,M3.2.0,M11.1.0";
  // Second Sunday of March 2024: March 10; 02:00 UTC.
  ASSERT_EQ(offset_at(e, 1710036000 - 1, &dst, NULL), 0);
  ASSERT_EQ(offset_at(e, 1710036000, &dst, NULL), 7200);
  // No rule: the US one.
  ASSERT_EQ(offset_at("EST5EDT", 1710054000 - 1, &dst, NULL), -18000);
  ASSERT_EQ(offset_at("EST5EDT", 1710054000, &dst, &zone), -14400);
  ASSERT_STREQ(zone, "EDT");
  // Negative and large rule times (POSIX.1-2024): -1:00 on J1 is 23:00 on
  // December 31; 167 hours pushes the end a week on.
  const char *neg = "AAA0BBB,J1/-1,J2/167";
  ASSERT_EQ(offset_at(neg, 1704067200 - 3600 - 1, &dst, NULL), 0);
  ASSERT_EQ(offset_at(neg, 1704067200 - 3600, &dst, NULL), 3600);
  // The end: January 2 + 167 h DST = January 8 23:00 DST = 22:00 UTC.
  ASSERT_EQ(offset_at(neg, 1704067200 + 86400 + 167 * 3600 - 3600 - 1, &dst, NULL), 3600);
  ASSERT_EQ(offset_at(neg, 1704067200 + 86400 + 167 * 3600 - 3600, &dst, NULL), 0);
  // DST all year: the start at 00:00 January 1 and the end at 25:00 on
  // December 31 (in DST) meet.
  const char *all = "EST5EDT4,0/0,J365/25";
  for (time_t t = 1672549200 - 7200; t < 1672549200 + 7200; t += 600) {
    ASSERT_EQ(offset_at(all, t, &dst, NULL), -14400);
    ASSERT_EQ(dst, 1);
  }
  // M.5 is the last such weekday even in months with four.
  const char *last = "AAA0BBB,M2.5.3/0,M10.5.0";  // last Wednesday of February
  ASSERT_EQ(offset_at(last, 1709078400 - 1, &dst, NULL), 0);  // 2024-02-28
  ASSERT_EQ(offset_at(last, 1709078400, &dst, NULL), 3600);
}

TEST(tzset_variables) {
  set_tz("CET-1CEST,M3.5.0,M10.5.0/3");
  tzset();
  ASSERT_STREQ(tzname[0], "CET");
  ASSERT_STREQ(tzname[1], "CEST");
  ASSERT_EQ(timezone, -3600);
  ASSERT_EQ(daylight, 1);
  set_tz("<+0530>-5:30");
  tzset();
  ASSERT_STREQ(tzname[0], "+0530");
  ASSERT_STREQ(tzname[1], "+0530");
  ASSERT_EQ(timezone, -19800);
  ASSERT_EQ(daylight, 0);
  set_tz("EST5EDT,M3.2.0,M11.1.0");
  tzset();
  ASSERT_EQ(timezone, 18000);
  ASSERT_STREQ(tzname[1], "EDT");
}

// tm_zone of an earlier result survives a change of TZ.
TEST(zone_names_stay_valid) {
  set_tz("AAAA1BBBB");
  time_t t = 0;
  struct tm first;
  localtime_r(&t, &first);
  ASSERT_STREQ(first.tm_zone, "AAAA");
  for (int i = 0; i < 20; i++) {
    char rule[32], name[8];
    snprintf(name, sizeof(name), "ZZ%c", 'A' + i);
    snprintf(rule, sizeof(rule), "%s%d", name, i % 12);
    set_tz(rule);
    struct tm tm;
    localtime_r(&t, &tm);
    ASSERT_STREQ(tm.tm_zone, name);
    ASSERT_EQ(tm.tm_gmtoff, -(i % 12) * 3600);
  }
  ASSERT_STREQ(first.tm_zone, "AAAA");
}

TEST(mktime_transitions) {
  set_tz("CET-1CEST,M3.5.0,M10.5.0/3");
  // 2024-03-31 02:30 does not exist: taken in standard time, it is 03:30
  // CEST.
  struct tm tm = {.tm_year = 124, .tm_mon = 2, .tm_mday = 31, .tm_hour = 2, .tm_min = 30,
                  .tm_isdst = -1};
  ASSERT_EQ(mktime(&tm), 1711848600);
  ASSERT_EQ(tm.tm_hour, 3);
  ASSERT_EQ(tm.tm_min, 30);
  ASSERT_EQ(tm.tm_isdst, 1);
  ASSERT_STREQ(tm.tm_zone, "CEST");
  // 2024-10-27 02:30 happens twice: -1 and 0 give the second (CET), 1 the
  // first.
  tm = (struct tm){.tm_year = 124, .tm_mon = 9, .tm_mday = 27, .tm_hour = 2, .tm_min = 30,
                   .tm_isdst = -1};
  ASSERT_EQ(mktime(&tm), 1729989000 + 3600);
  ASSERT_EQ(tm.tm_isdst, 0);
  tm = (struct tm){.tm_year = 124, .tm_mon = 9, .tm_mday = 27, .tm_hour = 2, .tm_min = 30,
                   .tm_isdst = 1};
  ASSERT_EQ(mktime(&tm), 1729989000);
  ASSERT_EQ(tm.tm_isdst, 1);
  tm = (struct tm){.tm_year = 124, .tm_mon = 9, .tm_mday = 27, .tm_hour = 2, .tm_min = 30,
                   .tm_isdst = 0};
  ASSERT_EQ(mktime(&tm), 1729989000 + 3600);
  ASSERT_EQ(tm.tm_isdst, 0);
  // tm_isdst 1 in winter: the time is read as CEST, then shown in CET.
  tm = (struct tm){.tm_year = 124, .tm_mon = 0, .tm_mday = 15, .tm_hour = 12, .tm_isdst = 1};
  ASSERT_EQ(mktime(&tm), 1705320000 - 7200);
  ASSERT_EQ(tm.tm_hour, 11);
  ASSERT_EQ(tm.tm_isdst, 0);
  // Normalisation across the transition: 2024-03-31 01:00 + 90 minutes.
  tm = (struct tm){.tm_year = 124, .tm_mon = 2, .tm_mday = 31, .tm_hour = 1, .tm_min = 90,
                   .tm_isdst = -1};
  mktime(&tm);
  ASSERT_EQ(tm.tm_hour, 3);
  ASSERT_EQ(tm.tm_min, 30);
  // Southern hemisphere: January is summer.
  set_tz("AEST-10AEDT,M10.1.0,M4.1.0/3");
  tm = (struct tm){.tm_year = 124, .tm_mon = 0, .tm_mday = 15, .tm_hour = 12, .tm_isdst = -1};
  ASSERT_EQ(mktime(&tm), 1705320000 - 11 * 3600);
  ASSERT_EQ(tm.tm_isdst, 1);
  ASSERT_STREQ(tm.tm_zone, "AEDT");
}

TEST(localtime_overflow) {
  set_tz("CET-1CEST,M3.5.0,M10.5.0/3");
  struct tm tm;
  for (int i = 0; i < 2; i++) {
    time_t t = i == 0 ? INT64_MAX : INT64_MIN;
    errno = 0;
    ASSERT_TRUE(localtime_r(&t, &tm) == NULL);
    ASSERT_EQ(errno, EOVERFLOW);
  }
  // The last second of year INT_MAX + 1900, in CET, still converts; a
  // day later does not.
  struct tm last = {.tm_year = INT_MAX, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23,
                    .tm_min = 59, .tm_sec = 59, .tm_isdst = 0};
  time_t t = mktime(&last);
  ASSERT_TRUE(t != -1);
  ASSERT_TRUE(localtime_r(&t, &tm) != NULL);
  ASSERT_EQ(tm.tm_year, INT_MAX);
  ASSERT_EQ(tm.tm_hour, 23);
  t += 86400;
  ASSERT_TRUE(localtime_r(&t, &tm) == NULL);
}

// Without DST, tm_isdst 1 means an hour ahead of standard time.
TEST(mktime_isdst_without_dst) {
  set_tz("IST-5:30");
  struct tm tm = {.tm_year = 124, .tm_mon = 0, .tm_mday = 15, .tm_hour = 12, .tm_isdst = 1};
  ASSERT_EQ(mktime(&tm), 1705320000 - 19800 - 3600);
  ASSERT_EQ(tm.tm_hour, 11);
  ASSERT_EQ(tm.tm_isdst, 0);
}

TEST(ctime_uses_the_zone) {
  set_tz("<+0330>-3:30");
  char buf[26];
  time_t t = 0;
  ASSERT_STREQ(ctime_r(&t, buf), "Thu Jan  1 03:30:00 1970\n");
  struct tm *tm = localtime(&t);
  ASSERT_EQ(tm->tm_gmtoff, 12600);
}

// Threads converting at once (the zone is shared state behind a lock), and
// tm_zone/gmtime/localtime buffers that are per thread.
static void *convert_many(void *arg) {
  long bad = 0;
  unsigned seed = (unsigned)(uintptr_t)arg;
  for (int i = 0; i < 20000; i++) {
    seed = seed * 1103515245u + 12345u;
    time_t t = 946684800 + (time_t)(seed % (40u * 365u * 86400u));
    struct tm tm, *shared = localtime(&t);
    localtime_r(&t, &tm);
    struct tm back = tm;
    if (mktime(&back) != t || shared->tm_hour != tm.tm_hour ||
        (tm.tm_isdst ? strcmp(tm.tm_zone, "CEST") : strcmp(tm.tm_zone, "CET")) != 0 ||
        tm.tm_gmtoff != (tm.tm_isdst ? 7200 : 3600))
      bad++;
  }
  return (void *)bad;
}

TEST(threads) {
  set_tz("CET-1CEST,M3.5.0,M10.5.0/3");
  pthread_t th[4];
  for (int i = 0; i < 4; i++)
    ASSERT_EQ(pthread_create(&th[i], NULL, convert_many, (void *)(uintptr_t)(i + 1)), 0);
  for (int i = 0; i < 4; i++) {
    void *bad;
    ASSERT_EQ(pthread_join(th[i], &bad), 0);
    ASSERT_EQ((long)bad, 0);
  }
}
