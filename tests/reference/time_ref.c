// gmtime_r, timegm and strftime in UTC: broken-down times of timestamps
// from year 1 to 9999 (random, and around month, year and century ends),
// timegm on out-of-range fields, and strftime with every conversion, the
// - _ 0 flags and POSIX's field widths and + flag for %C %F %G %Y.
#include <time.h>

#include "ref.h"

static const char *const conversions[] = {
    "a", "A", "b", "B", "c", "C", "d", "D", "e", "F", "g", "G", "h", "H", "I", "j", "m", "M",
    "n", "p", "r", "R", "s", "S", "t", "T", "u", "U", "V", "w", "W", "x", "X", "y", "Y", "z",
    "Z", "%", "Ec", "EC", "Ex", "EX", "Ey", "EY", "Od", "Oe", "OH", "OI", "Om", "OM", "OS",
    "Ou", "OU", "OV", "Ow", "OW", "Oy", "-d", "-e", "-H", "-I", "-j", "-m", "-M", "-S", "-U",
    "-V", "-W", "-y", "_d", "_H", "_I", "_j", "_m", "_M", "_S", "_U", "_V", "_W", "_y", "0e",
    "6Y", "+6Y", "10F", "+12F", "+11F", "3C", "+3C", "+4C", "5G", "+6G", "0Y", "+4Y",
};
#define NCONV (sizeof(conversions) / sizeof(conversions[0]))

static void put_tm(const struct tm *tm) {
  ref_dec(tm->tm_year);
  ref_puts(" ");
  ref_dec(tm->tm_mon);
  ref_puts(" ");
  ref_dec(tm->tm_mday);
  ref_puts(" ");
  ref_dec(tm->tm_hour);
  ref_puts(":");
  ref_dec(tm->tm_min);
  ref_puts(":");
  ref_dec(tm->tm_sec);
  ref_puts(" w");
  ref_dec(tm->tm_wday);
  ref_puts(" y");
  ref_dec(tm->tm_yday);
  ref_puts(" d");
  ref_dec(tm->tm_isdst);
}

// A format of 1 to 4 conversions with literal text between them.
static void format_case(const struct tm *tm) {
  char f[64];
  size_t n = 0;
  int k = 1 + (int)ref_below(4);
  for (int i = 0; i < k; i++) {
    f[n++] = '%';
    const char *c = conversions[ref_below(NCONV)];
    while (*c != '\0')
      f[n++] = *c++;
    if (ref_below(2) != 0)
      f[n++] = "-/: ,T"[ref_below(6)];
  }
  f[n] = '\0';
  char out[256];
  size_t len = strftime(out, sizeof(out), f, tm);
  ref_quoted(f, n);
  ref_puts(" -> ");
  ref_dec((long long)len);
  ref_puts(" ");
  ref_quoted(out, len);
  ref_puts("\n");
}

static void time_case(time_t t) {
  struct tm tm;
  ref_puts("gmtime ");
  ref_dec(t);
  ref_puts(" -> ");
  if (gmtime_r(&t, &tm) == NULL) {
    ref_puts("NULL\n");
    return;
  }
  put_tm(&tm);
  ref_puts("\n");
  for (int i = 0; i < 4; i++)
    format_case(&tm);
}

static int field(long range) {
  return (int)((long)ref_below((uint64_t)(2 * range + 1)) - range);
}

int main(int argc, char **argv) {
  long scale = ref_scale(argc, argv);
  const time_t min = -62135596800LL, max = 253402300799LL;  // years 1..9999
  // Around the ends of months, years and centuries.
  static const int years[] = {1, 99, 100, 400, 1582, 1600, 1900, 1969, 1970, 1999, 2000,
                              2038, 2100, 2400, 9999};
  for (size_t i = 0; i < sizeof(years) / sizeof(years[0]); i++) {
    for (int m = 0; m < 12; m++) {
      struct tm tm = {.tm_year = years[i] - 1900, .tm_mon = m, .tm_mday = 1};
      time_t t = timegm(&tm);
      for (int d = -2; d <= 1; d++)
        if (t + d >= min && t + d <= max)
          time_case(t + d * 43201);
    }
  }
  for (long i = 0; i < 20000 * scale; i++)
    time_case(min + (time_t)ref_below((uint64_t)(max - min)));
  // Days around the ISO week boundaries of each year from 1990 to 2040.
  for (int y = 1990; y <= 2040; y++) {
    for (int d = -4; d <= 4; d++) {
      struct tm tm = {.tm_year = y - 1900, .tm_mon = 0, .tm_mday = 1 + d, .tm_hour = 12};
      time_case(timegm(&tm));
    }
  }
  // timegm normalising fields out of range.
  for (long i = 0; i < 20000 * scale; i++) {
    struct tm tm = {.tm_year = 70 + field(2000), .tm_mon = field(40), .tm_mday = field(400),
                    .tm_hour = field(100), .tm_min = field(5000), .tm_sec = field(100000),
                    .tm_isdst = field(1)};
    ref_puts("timegm ");
    put_tm(&tm);
    time_t t = timegm(&tm);
    ref_puts(" -> ");
    ref_dec(t);
    ref_puts(" ");
    put_tm(&tm);
    ref_puts("\n");
  }
  ref_flush();
  return 0;
}
