#include <errno.h>
#include <string.h>
#include <time.h>

#include "time_impl.h"

// Writes v in decimal, at least `width` digits wide, padded with `pad`.
static char *put_number(char *p, long long v, int width, char pad) {
  char digits[24];
  int n = 0;
  unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
  do {
    digits[n++] = (char)('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (v < 0)
    digits[n++] = '-';
  for (int i = n; i < width; i++)
    *p++ = pad;
  while (n > 0)
    *p++ = digits[--n];
  return p;
}

// C's format: "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n" with the English names.
// A result that would not fit in the 26 bytes C guarantees (a year beyond
// 9999, fields out of range) fails with EOVERFLOW instead of overrunning.
char *asctime_r(const struct tm *restrict tm, char *restrict buf) {
  if ((unsigned)tm->tm_wday > 6 || (unsigned)tm->tm_mon > 11 || tm->tm_mday < 0 ||
      tm->tm_mday > 99 || (unsigned)tm->tm_hour > 99 || (unsigned)tm->tm_min > 99 ||
      (unsigned)tm->tm_sec > 99 || tm->tm_year < -2899 || tm->tm_year > 8099) {
    errno = EOVERFLOW;
    return NULL;
  }
  char *p = buf;
  memcpy(p, __time_day_names[tm->tm_wday], 3);
  p[3] = ' ';
  memcpy(p + 4, __time_month_names[tm->tm_mon], 3);
  p = put_number(p + 7, tm->tm_mday, 3, ' ');
  *p++ = ' ';
  p = put_number(p, tm->tm_hour, 2, '0');
  *p++ = ':';
  p = put_number(p, tm->tm_min, 2, '0');
  *p++ = ':';
  p = put_number(p, tm->tm_sec, 2, '0');
  *p++ = ' ';
  p = put_number(p, (long long)tm->tm_year + 1900, 1, '0');
  *p++ = '\n';
  *p = '\0';
  return buf;
}
