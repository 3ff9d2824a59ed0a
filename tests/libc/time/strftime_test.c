// strftime: every conversion, flags and widths, truncation; strptime:
// every conversion read back; wcsftime.
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "harness.h"

size_t wcsftime(wchar_t *restrict, size_t, const wchar_t *restrict, const struct tm *restrict);

extern char **environ;
static char *utc_env[] = {NULL};
static char *berlin_env[] = {"TZ=CET-1CEST,M3.5.0,M10.5.0/3", NULL};

static const char *fmt(const char *f, const struct tm *tm) {
  static char buf[256];
  size_t n = strftime(buf, sizeof(buf), f, tm);
  if (n == 0)
    buf[0] = '\0';
  return buf;
}

// 2024-07-04T09:05:03Z, a Thursday, day 186 of a leap year.
static struct tm sample(void) {
  environ = utc_env;
  time_t t = 1720083903;
  struct tm tm;
  gmtime_r(&t, &tm);
  return tm;
}

TEST(every_conversion) {
  struct tm tm = sample();
  static const char *const cases[][2] = {
      {"%a", "Thu"},      {"%A", "Thursday"}, {"%b", "Jul"},       {"%B", "July"},
      {"%c", "Thu Jul  4 09:05:03 2024"},     {"%C", "20"},        {"%d", "04"},
      {"%D", "07/04/24"}, {"%e", " 4"},       {"%F", "2024-07-04"}, {"%g", "24"},
      {"%G", "2024"},     {"%h", "Jul"},      {"%H", "09"},        {"%I", "09"},
      {"%j", "186"},      {"%k", " 9"},       {"%l", " 9"},        {"%m", "07"},
      {"%M", "05"},       {"%n", "\n"},       {"%p", "AM"},        {"%P", "am"},
      {"%r", "09:05:03 AM"},                  {"%R", "09:05"},     {"%s", "1720083903"},
      {"%S", "03"},       {"%t", "\t"},       {"%T", "09:05:03"},  {"%u", "4"},
      {"%U", "26"},       {"%V", "27"},       {"%w", "4"},         {"%W", "27"},
      {"%x", "07/04/24"}, {"%X", "09:05:03"}, {"%y", "24"},        {"%Y", "2024"},
      {"%z", "+0000"},    {"%Z", "UTC"},      {"%%", "%"},
      {"%+", "Thu Jul  4 09:05:03 UTC 2024"},
      {"%Ec", "Thu Jul  4 09:05:03 2024"},    {"%EC", "20"},       {"%Ex", "07/04/24"},
      {"%EX", "09:05:03"}, {"%Ey", "24"},     {"%EY", "2024"},     {"%Od", "04"},
      {"%Oe", " 4"},      {"%OH", "09"},      {"%OI", "09"},       {"%Om", "07"},
      {"%OM", "05"},      {"%OS", "03"},      {"%Ou", "4"},        {"%OU", "26"},
      {"%OV", "27"},      {"%Ow", "4"},       {"%OW", "27"},       {"%Oy", "24"},
      {"x%Yy%my", "x2024y07y"},               {"", ""},            {"%Q", "%Q"},
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    ASSERT_STREQ(fmt(cases[i][0], &tm), cases[i][1]);
}

TEST(flags_and_widths) {
  struct tm tm = sample();
  ASSERT_STREQ(fmt("%-d %-m %-H %-j %-e", &tm), "4 7 9 186 4");
  ASSERT_STREQ(fmt("%_d %_m %_H %_j", &tm), " 4  7  9 186");
  ASSERT_STREQ(fmt("%0e %0k", &tm), "04 09");
  // As in glibc: - drops the default padding, a field width still pads.
  ASSERT_STREQ(fmt("%5d|%-5d|%_5d|%05d|%1d|%_1d", &tm), "00004|    4|    4|00004|04| 4");
  ASSERT_STREQ(fmt("%^a %^B %#a %#p %#Z", &tm), "THU JULY THU am utc");
  ASSERT_STREQ(fmt("%10A|%-10A|%010b|%3A", &tm), "  Thursday|  Thursday|0000000Jul|Thursday");
  ASSERT_STREQ(fmt("%^#p %#P %^P %^c", &tm), "am am am THU JUL  4 09:05:03 2024");
  ASSERT_STREQ(fmt("%12D|%-12T|%_6s", &tm), "    07/04/24|    09:05:03|1720083903");
  // POSIX's field widths for %C %F %G %Y, and the + flag.
  ASSERT_STREQ(fmt("%6Y|%+6Y|%+4Y|%+5Y", &tm), "002024|+02024|2024|+2024");
  ASSERT_STREQ(fmt("%12F|%+12F|%+10F", &tm), "002024-07-04|+02024-07-04|2024-07-04");
  ASSERT_STREQ(fmt("%4C|%+4C|%+3C|%+2C", &tm), "0020|+020|+20|20");
  ASSERT_STREQ(fmt("%6G|%+6G", &tm), "002024|+02024");
  tm.tm_year = 12345 - 1900;
  ASSERT_STREQ(fmt("%Y|%+Y|%+5Y|%C", &tm), "12345|12345|+12345|123");
  tm.tm_year = 7 - 1900;
  ASSERT_STREQ(fmt("%Y|%C|%y|%-Y|%_Y", &tm), "0007|00|07|7|   7");
  tm.tm_year = -5 - 1900;
  ASSERT_STREQ(fmt("%Y|%6Y", &tm), "-005|-00005");
}

TEST(week_numbers) {
  environ = utc_env;
  // {date, %U %W %V %G %g %u %w %j} as glibc formats them
  static const struct {
    int y, m, d;
    const char *expect;
  } cases[] = {
      {2005, 1, 1, "00 00 53 2004 04 6 6 001"},  {2005, 1, 2, "01 00 53 2004 04 7 0 002"},
      {2005, 12, 31, "52 52 52 2005 05 6 6 365"}, {2007, 1, 1, "00 01 01 2007 07 1 1 001"},
      {2007, 12, 30, "52 52 52 2007 07 7 0 364"}, {2007, 12, 31, "52 53 01 2008 08 1 1 365"},
      {2008, 12, 29, "52 52 01 2009 09 1 1 364"}, {2009, 12, 31, "52 52 53 2009 09 4 4 365"},
      {2010, 1, 3, "01 00 53 2009 09 7 0 003"},   {2010, 1, 4, "01 01 01 2010 10 1 1 004"},
      {2020, 12, 31, "52 52 53 2020 20 4 4 366"}, {2021, 1, 1, "00 00 53 2020 20 5 5 001"},
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct tm tm = {.tm_year = cases[i].y - 1900, .tm_mon = cases[i].m - 1,
                    .tm_mday = cases[i].d};
    timegm(&tm);
    ASSERT_STREQ(fmt("%U %W %V %G %g %u %w %j", &tm), cases[i].expect);
  }
}

TEST(twelve_hour_clock) {
  struct tm tm = sample();
  static const char *const expect[24] = {
      "12 AM", "01 AM", "02 AM", "03 AM", "04 AM", "05 AM", "06 AM", "07 AM",
      "08 AM", "09 AM", "10 AM", "11 AM", "12 PM", "01 PM", "02 PM", "03 PM",
      "04 PM", "05 PM", "06 PM", "07 PM", "08 PM", "09 PM", "10 PM", "11 PM"};
  for (int h = 0; h < 24; h++) {
    tm.tm_hour = h;
    ASSERT_STREQ(fmt("%I %p", &tm), expect[h]);
  }
}

TEST(zones) {
  environ = berlin_env;
  time_t t = 1720083903;
  struct tm tm;
  localtime_r(&t, &tm);
  ASSERT_STREQ(fmt("%H %z %Z %s", &tm), "11 +0200 CEST 1720083903");
  t = 1705320000;
  localtime_r(&t, &tm);
  ASSERT_STREQ(fmt("%H %z %Z %s", &tm), "13 +0100 CET 1705320000");
  tm.tm_gmtoff = -(3 * 3600 + 30 * 60);
  ASSERT_STREQ(fmt("%z", &tm), "-0330");
  tm.tm_isdst = -1;
  ASSERT_STREQ(fmt("[%z][%Z]", &tm), "[][]");
}

TEST(truncation) {
  struct tm tm = sample();
  char buf[11];
  memset(buf, 'x', sizeof(buf));
  ASSERT_EQ(strftime(buf, 11, "%Y-%m-%d", &tm), 10);
  ASSERT_STREQ(buf, "2024-07-04");
  ASSERT_EQ(strftime(buf, 10, "%Y-%m-%d", &tm), 0);
  ASSERT_EQ(strftime(buf, 0, "%Y", &tm), 0);
  ASSERT_EQ(strftime(buf, 1, "", &tm), 0);
  ASSERT_EQ(buf[0], '\0');
  ASSERT_EQ(strftime_l(buf, sizeof(buf), "%a %b", &tm, LC_C_LOCALE), 7);
  ASSERT_STREQ(buf, "Thu Jul");
}

// Every conversion that carries information, written and read back.
TEST(strptime_round_trips) {
  environ = utc_env;
  static const char *const formats[] = {
      "%Y-%m-%d %H:%M:%S", "%c",          "%D %T",           "%F %R:%S",
      "%x %X",             "%a %b %d %Y %I:%M:%S %p", "%A %B %e %C%y %r",
      "%Y %j %H %M %S",    "%s",          "%G %V %u %T",     "%G-W%V-%w %T",
      "%Y %U %w %T",       "%Y %W %a %T", "%Ey %EC %Om %Od %OH %OM %OS",
      "%h %e %Y %k:%M:%S", "%Y %B %d %l:%M:%S %P", "%Y-%m-%dT%H:%M:%S%z",
      "%d%t%m%n%Y %H%%%M:%S",
  };
  // Times spread over 1970..2068 (where %y reads back the same year),
  // including year ends and leap days.
  time_t times[200];
  int n = 0;
  for (time_t t = 12345; n < 150; t += 20000017)
    times[n++] = t;
  static const int special[][3] = {{2000, 2, 29}, {2004, 12, 31}, {2005, 1, 1}, {2008, 12, 29},
                                   {2010, 1, 3},  {2021, 1, 1},   {2024, 12, 30}, {2068, 12, 31}};
  for (size_t i = 0; i < sizeof(special) / sizeof(special[0]); i++) {
    struct tm tm = {.tm_year = special[i][0] - 1900, .tm_mon = special[i][1] - 1,
                    .tm_mday = special[i][2], .tm_hour = 13, .tm_min = 7, .tm_sec = 9};
    times[n++] = timegm(&tm);
  }
  for (size_t f = 0; f < sizeof(formats) / sizeof(formats[0]); f++) {
    for (int i = 0; i < n; i++) {
      struct tm tm;
      gmtime_r(&times[i], &tm);
      char text[128];
      ASSERT_TRUE(strftime(text, sizeof(text), formats[f], &tm) > 0);
      struct tm back = {.tm_isdst = -1, .tm_mday = 1};
      char *end = strptime(text, formats[f], &back);
      if (end == NULL || *end != '\0' || back.tm_year != tm.tm_year || back.tm_mon != tm.tm_mon ||
          back.tm_mday != tm.tm_mday || back.tm_hour != tm.tm_hour || back.tm_min != tm.tm_min ||
          back.tm_sec != tm.tm_sec || back.tm_wday != tm.tm_wday || back.tm_yday != tm.tm_yday) {
        char msg[200];
        snprintf(msg, sizeof(msg), "format \"%s\" text \"%s\" -> %d-%d-%d %d:%d:%d wday %d yday %d",
                 formats[f], text, back.tm_year, back.tm_mon, back.tm_mday, back.tm_hour,
                 back.tm_min, back.tm_sec, back.tm_wday, back.tm_yday);
        test_log(msg);
        ASSERT_TRUE(false);
      }
    }
  }
}

TEST(strptime_details) {
  environ = berlin_env;
  struct tm tm = {0};
  // Case-insensitive names, white space matching any amount, leading zeros
  // optional.
  ASSERT_STREQ(strptime("  thursDAY,   jUly 4 2024", "%A, %B %d %Y", &tm), "");
  ASSERT_EQ(tm.tm_wday, 4);
  ASSERT_EQ(tm.tm_mon, 6);
  ASSERT_EQ(tm.tm_yday, 185);
  // %y: 69..99 are 19xx, 00..68 20xx; %C overrides.
  ASSERT_TRUE(strptime("68", "%y", &tm) != NULL);
  ASSERT_EQ(tm.tm_year, 168);
  ASSERT_TRUE(strptime("69", "%y", &tm) != NULL);
  ASSERT_EQ(tm.tm_year, 69);
  ASSERT_TRUE(strptime("1969", "%C%y", &tm) != NULL);
  ASSERT_EQ(tm.tm_year, 1969 - 1900);
  // Out of range fields and mismatches fail.
  ASSERT_TRUE(strptime("13", "%m", &tm) == NULL);
  ASSERT_TRUE(strptime("32", "%d", &tm) == NULL);
  ASSERT_TRUE(strptime("24", "%H", &tm) == NULL);
  ASSERT_TRUE(strptime("0", "%I", &tm) == NULL);
  ASSERT_TRUE(strptime("Thx", "%a", &tm) == NULL);
  ASSERT_TRUE(strptime("2024-07", "%Y-%m-%d", &tm) == NULL);
  ASSERT_TRUE(strptime("x", "y", &tm) == NULL);
  // The rest of the input is returned.
  ASSERT_STREQ(strptime("12:34 rest", "%H:%M", &tm), " rest");
  // %z and %Z.
  ASSERT_TRUE(strptime("+0530", "%z", &tm) != NULL);
  ASSERT_EQ(tm.tm_gmtoff, 19800);
  ASSERT_TRUE(strptime("-03:30", "%z", &tm) != NULL);
  ASSERT_EQ(tm.tm_gmtoff, -12600);
  ASSERT_TRUE(strptime("Z", "%z", &tm) != NULL);
  ASSERT_EQ(tm.tm_gmtoff, 0);
  ASSERT_TRUE(strptime("CEST", "%Z", &tm) != NULL);
  ASSERT_EQ(tm.tm_isdst, 1);
  ASSERT_EQ(tm.tm_gmtoff, 7200);
  ASSERT_TRUE(strptime("CET", "%Z", &tm) != NULL);
  ASSERT_EQ(tm.tm_isdst, 0);
  // %s gives local time.
  ASSERT_TRUE(strptime("1720083903", "%s", &tm) != NULL);
  ASSERT_EQ(tm.tm_hour, 11);
  ASSERT_EQ(tm.tm_isdst, 1);
  // A weekday the input names is kept; the other fields come from *tm.
  tm = (struct tm){.tm_year = 100, .tm_mday = 1};
  ASSERT_TRUE(strptime("Thu Jul 04", "%a %b %d", &tm) != NULL);
  ASSERT_EQ(tm.tm_year, 100);
  ASSERT_EQ(tm.tm_wday, 4);   // 2000-07-04 was a Tuesday, but it said Thu
  ASSERT_EQ(tm.tm_yday, 185);
  tm = (struct tm){.tm_year = 100, .tm_mday = 1};
  ASSERT_TRUE(strptime(" 7", "%e", &tm) != NULL);
  ASSERT_EQ(tm.tm_wday, 5);   // 2000-01-07
  ASSERT_EQ(tm.tm_yday, 6);
  ASSERT_TRUE(strptime("1969", "%Y", &tm) != NULL);
  ASSERT_EQ(tm.tm_wday, 2);   // 1969-01-07
  // ISO week and weekday give the date, even across a year end.
  ASSERT_TRUE(strptime("2020 53 5", "%G %V %u", &tm) != NULL);
  ASSERT_EQ(tm.tm_year, 121);
  ASSERT_EQ(tm.tm_mon, 0);
  ASSERT_EQ(tm.tm_mday, 1);
  ASSERT_TRUE(strptime("+5", "%z", &tm) == NULL);  // two-digit hours
  ASSERT_TRUE(strptime_l("12 PM", "%I %p", &tm, LC_C_LOCALE) != NULL);
  ASSERT_EQ(tm.tm_hour, 12);
  ASSERT_TRUE(strptime("12 am", "%I %p", &tm) != NULL);
  ASSERT_EQ(tm.tm_hour, 0);
}

TEST(wide) {
  struct tm tm = sample();
  wchar_t buf[64];
  ASSERT_EQ(wcsftime(buf, 64, L"%A %d. %B %Y \u00e9t\u00e9 %H:%M \U0001F600", &tm), 34);
  ASSERT_TRUE(wcscmp(buf, L"Thursday 04. July 2024 \u00e9t\u00e9 09:05 \U0001F600") == 0);
  ASSERT_EQ(wcsftime(buf, 5, L"%Y", &tm), 4);
  ASSERT_EQ(wcsftime(buf, 4, L"%Y", &tm), 0);
  // Longer than the internal first try.
  wchar_t big[1200];
  wchar_t f[400];
  for (int i = 0; i < 399; i++)
    f[i] = i % 3 == 0 ? L'%' : i % 3 == 1 ? L'A' : L'\u00e9';
  f[399] = L'\0';
  ASSERT_EQ(wcsftime(big, 1200, f, &tm), 133 * 9);
  ASSERT_EQ(big[8], L'\u00e9');
}
