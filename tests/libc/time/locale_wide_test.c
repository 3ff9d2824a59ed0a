// localtime_l and mktime_l (cloudlibc's signatures: struct timespec, error
// numbers returned), wcsftime_l, and wcsptime/wcsptime_l (strptime for wide
// strings): agreement with the narrow and unsuffixed functions, round
// trips, and where a failed or partial parse stops.
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "harness.h"

extern char **environ;
static char tz_entry[100];
static char *tz_env[] = {tz_entry, NULL};

static void set_tz(const char *rule) {
  snprintf(tz_entry, sizeof(tz_entry), "TZ=%s", rule);
  environ = tz_env;
}

static bool tm_equal(const struct tm *a, const struct tm *b) {
  return a->tm_sec == b->tm_sec && a->tm_min == b->tm_min && a->tm_hour == b->tm_hour &&
         a->tm_mday == b->tm_mday && a->tm_mon == b->tm_mon && a->tm_year == b->tm_year &&
         a->tm_wday == b->tm_wday && a->tm_yday == b->tm_yday &&
         a->tm_isdst == b->tm_isdst && a->tm_gmtoff == b->tm_gmtoff &&
         (a->tm_zone == b->tm_zone ||
          (a->tm_zone != NULL && b->tm_zone != NULL && strcmp(a->tm_zone, b->tm_zone) == 0));
}

static locale_t locales[3];

static void open_locales(void) {
  locales[0] = LC_C_LOCALE;
  locales[1] = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
  locales[2] = newlocale(LC_CTYPE_MASK | LC_TIME_MASK, "C", (locale_t)0);
}

// --- localtime_l, mktime_l ---

TEST(localtime_l_is_localtime_r_in_every_zone_and_locale) {
  open_locales();
  ASSERT_TRUE(locales[1] != (locale_t)0 && locales[2] != (locale_t)0);
  const char *zones[] = {"UTC0", "EST5EDT,M3.2.0,M11.1.0", "<+0530>-5:30", "CET-1CEST,M3.5.0,M10.5.0/3"};
  uint64_t x = 88172645463325252ULL;
  for (size_t z = 0; z < 4; z++) {
    set_tz(zones[z]);
    for (int i = 0; i < 3000; i++) {
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      time_t t = (time_t)(x % 8000000000ULL) - 2000000000;
      struct tm want, got;
      ASSERT_TRUE(localtime_r(&t, &want) != NULL);
      struct timespec ts = {.tv_sec = t, .tv_nsec = (long)(x % 1000000000)};
      ASSERT_EQ(localtime_l(&ts, &got, locales[i % 3]), 0);
      ASSERT_TRUE(tm_equal(&got, &want));
      // And back: mktime_l leaves *tm alone and gives the instant.
      struct tm copy = got;
      struct timespec back = {.tv_sec = 1, .tv_nsec = 1};
      ASSERT_EQ(mktime_l(&got, &back, locales[(i + 1) % 3]), 0);
      ASSERT_EQ(back.tv_sec, t);
      ASSERT_EQ(back.tv_nsec, 0);
      ASSERT_TRUE(tm_equal(&got, &copy));
    }
  }
}

TEST(mktime_l_normalises_like_mktime) {
  set_tz("EST5EDT,M3.2.0,M11.1.0");
  struct tm in[] = {
      {.tm_year = 124, .tm_mon = 2, .tm_mday = 10, .tm_hour = 2, .tm_min = 30, .tm_isdst = -1},  // skipped hour
      {.tm_year = 124, .tm_mon = 10, .tm_mday = 3, .tm_hour = 1, .tm_min = 30, .tm_isdst = -1},  // twice
      {.tm_year = 124, .tm_mon = 14, .tm_mday = -40, .tm_hour = 50, .tm_sec = 100000, .tm_isdst = 0},
      {.tm_year = 69, .tm_mon = 11, .tm_mday = 31, .tm_hour = 18, .tm_min = 59, .tm_sec = 59, .tm_isdst = 0},  // -1
      {.tm_year = 124, .tm_mon = 6, .tm_mday = 1, .tm_isdst = 1},
  };
  for (size_t i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
    struct tm a = in[i];
    time_t want = mktime(&a);
    struct timespec got;
    ASSERT_EQ(mktime_l(&in[i], &got, LC_C_LOCALE), 0);
    ASSERT_EQ(got.tv_sec, want);
  }
}

TEST(localtime_l_and_mktime_l_errors) {
  set_tz("UTC0");
  struct tm tm;
  struct timespec bad = {.tv_sec = 0, .tv_nsec = 1000000000};
  ASSERT_EQ(localtime_l(&bad, &tm, LC_C_LOCALE), EINVAL);
  bad.tv_nsec = -1;
  ASSERT_EQ(localtime_l(&bad, &tm, LC_C_LOCALE), EINVAL);
  struct timespec huge = {.tv_sec = INT64_MAX, .tv_nsec = 0};
  ASSERT_EQ(localtime_l(&huge, &tm, LC_C_LOCALE), EOVERFLOW);
  struct tm far = {.tm_year = INT32_MAX, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23,
                   .tm_min = 59, .tm_sec = 60 * 60 * 24 * 400};
  struct timespec out = {.tv_sec = 7, .tv_nsec = 7};
  int saved = errno = 1234;
  ASSERT_EQ(mktime_l(&far, &out, LC_C_LOCALE), EOVERFLOW);
  ASSERT_EQ(errno, saved);  // the error is returned, errno left alone
  ASSERT_EQ(out.tv_sec, 7);
}

// --- wcsftime_l ---

TEST(wcsftime_l_matches_strftime) {
  open_locales();
  set_tz("CET-1CEST,M3.5.0,M10.5.0/3");
  const char *formats[] = {"%Y-%m-%d %H:%M:%S %Z %z", "%c", "%A %B %e %j %U %W %V %G %u",
                           "%s %% %n%t|%10Y|%-d|%_m|%^a|%#Z", "caf\xc3\xa9 \xe2\x82\xac%H"};
  for (size_t f = 0; f < sizeof(formats) / sizeof(formats[0]); f++) {
    for (time_t t = -3000000000LL; t < 4000000000LL; t += 77777777) {
      struct tm tm;
      localtime_r(&t, &tm);
      char narrow[200];
      size_t n = strftime(narrow, sizeof(narrow), formats[f], &tm);
      ASSERT_TRUE(n > 0);
      wchar_t wfmt[100], want[200], got[200];
      ASSERT_TRUE(mbstowcs(wfmt, formats[f], 100) != (size_t)-1);
      size_t wn = mbstowcs(want, narrow, 200);
      for (int l = 0; l < 3; l++) {
        ASSERT_EQ(wcsftime_l(got, 200, wfmt, &tm, locales[l]), wn);
        ASSERT_TRUE(wcscmp(got, want) == 0);
      }
      // Too small: 0, as wcsftime.
      ASSERT_EQ(wcsftime_l(got, wn, wfmt, &tm, locales[1]), 0);
    }
  }
}

// --- wcsptime, wcsptime_l ---

// The wide parse agrees with strptime on the UTF-8 form: same fields, and
// it stops at the same character (or both fail).
static void same_as_strptime(const char *in, const char *fmt, locale_t loc) {
  wchar_t win[200], wfmt[200];
  ASSERT_TRUE(mbstowcs(win, in, 200) != (size_t)-1);
  ASSERT_TRUE(mbstowcs(wfmt, fmt, 200) != (size_t)-1);
  struct tm a, b;
  memset(&a, 0x55, sizeof(a));
  memset(&b, 0x55, sizeof(b));
  char *end = strptime_l(in, fmt, &a, loc);
  wchar_t *wend = loc == LC_C_LOCALE ? wcsptime(win, wfmt, &b) : wcsptime_l(win, wfmt, &b, loc);
  if (end == NULL) {
    ASSERT_TRUE(wend == NULL);
    return;
  }
  ASSERT_TRUE(wend != NULL);
  ASSERT_TRUE(memcmp(&a, &b, sizeof(a)) == 0);
  // Characters consumed: the same on both sides.
  char prefix[200];
  memcpy(prefix, in, (size_t)(end - in));
  prefix[end - in] = '\0';
  ASSERT_EQ((long)(wend - win), (long)mbstowcs(NULL, prefix, 0));
}

TEST(wcsptime_round_trips_wcsftime) {
  open_locales();
  set_tz("UTC0");
  const wchar_t *formats[] = {L"%Y-%m-%d %H:%M:%S", L"%a %b %e %H:%M:%S %Y", L"%j/%Y %T",
                              L"\u65e5\u4ed8 %d.%m.%Y \u00e9t\u00e9 %I:%M:%S %p", L"%s",
                              L"%G-W%V-%u %T"};
  for (size_t f = 0; f < sizeof(formats) / sizeof(formats[0]); f++) {
    for (time_t t = -5000000000LL; t < 5000000000LL; t += 123456789) {
      struct tm tm;
      gmtime_r(&t, &tm);
      wchar_t text[200];
      size_t n = wcsftime(text, 200, formats[f], &tm);
      ASSERT_TRUE(n > 0);
      wcscat(text, L" rest");
      struct tm back;
      memset(&back, 0, sizeof(back));
      wchar_t *end = wcsptime_l(text, formats[f], &back, locales[f % 3]);
      ASSERT_TRUE(end == text + n);  // stops at " rest"
      ASSERT_TRUE(timegm(&back) == t);
      // And the unsuffixed one.
      memset(&back, 0, sizeof(back));
      ASSERT_TRUE(wcsptime(text, formats[f], &back) == text + n);
      ASSERT_TRUE(timegm(&back) == t);
    }
  }
}

TEST(wcsptime_agrees_with_strptime) {
  open_locales();
  set_tz("EST5EDT,M3.2.0,M11.1.0");
  static const char *const cases[][2] = {
      {"2024-07-04 12:34:56", "%Y-%m-%d %H:%M:%S"},
      {"  2024-07-04T12:34", "%Y-%m-%dT%H:%M"},
      {"Thursday July 4 2024", "%A %B %d %Y"},
      {"thu jul  4 12:00:00 2024 tail", "%c"},
      {"\xc3\xa9t\xc3\xa9 2024", "\xc3\xa9t\xc3\xa9 %Y"},
      {"\xe2\x82\xac 12 \xe2\x82\xac", "\xe2\x82\xac %H \xe2\x82\xac"},
      {"\xc3\xa9t\xc3\xa9 2024", "\xc3\xa8t\xc3\xa9 %Y"},  // differs in the 1st character
      {"2024-13-01", "%Y-%m-%d"},                          // month out of range
      {"12:61", "%H:%M"},
      {"12:", "%H:%M"},
      {"", "%Y"},
      {"1720000000 x", "%s"},
      {"EDT 2024", "%Z %Y"},
      {"<+05>x", "%Zx"},
      {"+05:30 2024-W27-4", "%z %G-W%V-%u"},
      {"07/04/24 PM 01", "%D %p %I"},
      {"day 366 of 2024", "day %j of %Y"},
      {"100%", "%H%%"},
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    for (int l = 0; l < 3; l++)
      same_as_strptime(cases[i][0], cases[i][1], locales[l]);
}

TEST(wcsptime_failure_positions) {
  struct tm tm;
  memset(&tm, 0, sizeof(tm));
  // A partial parse returns the position after what the format consumed.
  const wchar_t *in = L"\u00e9t\u00e9 2024-07-04 and more";
  wchar_t *end = wcsptime(in, L"\u00e9t\u00e9 %Y-%m-%d", &tm);
  ASSERT_TRUE(end == in + 14);
  ASSERT_EQ(tm.tm_year, 124);
  ASSERT_EQ(tm.tm_mon, 6);
  ASSERT_EQ(tm.tm_mday, 4);
  ASSERT_EQ(tm.tm_wday, 4);
  ASSERT_EQ(tm.tm_yday, 185);
  // A literal that differs only beyond the first UTF-8 byte fails.
  ASSERT_TRUE(wcsptime(L"\u00e9 1", L"\u00e8 %H", &tm) == NULL);
  // Characters with no UTF-8 form: in the format, failure; in the input,
  // a place where the parse must stop.
  wchar_t bad_fmt[] = {L'%', L'H', 0xd800, 0};
  ASSERT_TRUE(wcsptime(L"12", bad_fmt, &tm) == NULL);
  wchar_t bad_in[] = {L'1', L'2', 0xd800, L'3', 0};
  end = wcsptime(bad_in, L"%H", &tm);
  ASSERT_TRUE(end == bad_in + 2);
  ASSERT_EQ(tm.tm_hour, 12);
  ASSERT_TRUE(wcsptime(bad_in, L"%H:", &tm) == NULL);
  wchar_t big_in[] = {L'0', L'7', (wchar_t)0x110000, 0};
  ASSERT_TRUE(wcsptime(big_in, L"%m", &tm) == big_in + 2);
  ASSERT_TRUE(wcsptime(big_in, L"%m%n", &tm) == big_in + 2);
  // A long input (past the internal stack buffer).
  static wchar_t longin[2000];
  for (int i = 0; i < 1990; i++)
    longin[i] = L' ';
  wcscpy(longin + 1990, L"23:59");
  end = wcsptime(longin, L"%H:%M", &tm);
  ASSERT_TRUE(end == longin + 1995);
  ASSERT_EQ(tm.tm_hour, 23);
  ASSERT_EQ(tm.tm_min, 59);
}
