// Internal: parsing of POSIX TZ strings (see tz_impl.h and <time.h>).
//
//   std offset [dst [offset] [,start[/time],end[/time]]]
#include <stddef.h>

#include "tz_impl.h"

#define TZ_NAME_MAX 63

static bool is_alpha(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// A zone name: three or more letters, or <...> holding letters, digits,
// '+' and '-'.  Stores an interned copy.
static bool parse_name(const char **sp, const char **name) {
  const char *s = *sp, *begin, *end;
  if (*s == '<') {
    begin = ++s;
    while (is_alpha(*s) || is_digit(*s) || *s == '+' || *s == '-')
      s++;
    if (*s != '>')
      return false;
    end = s++;
  } else {
    begin = s;
    while (is_alpha(*s))
      s++;
    end = s;
  }
  size_t len = (size_t)(end - begin);
  if (len < 3 || len > TZ_NAME_MAX)
    return false;
  *name = __tz_intern(begin, len);
  if (*name == NULL)
    return false;
  *sp = s;
  return true;
}

// An unsigned number of at most `digits` digits, no greater than max.
static bool parse_number(const char **sp, int digits, int max, int *value) {
  const char *s = *sp;
  int v = 0, n = 0;
  while (n < digits && is_digit(*s)) {
    v = v * 10 + (*s++ - '0');
    n++;
  }
  if (n == 0 || v > max)
    return false;
  *sp = s;
  *value = v;
  return true;
}

// [+-]h[h...][:mm[:ss]] with hours up to max_hours, in seconds.
static bool parse_hms(const char **sp, int hour_digits, int max_hours, int32_t *secs) {
  const char *s = *sp;
  int sign = 1;
  if (*s == '+' || *s == '-')
    sign = *s++ == '-' ? -1 : 1;
  int h, m = 0, sec = 0;
  if (!parse_number(&s, hour_digits, max_hours, &h))
    return false;
  if (*s == ':') {
    s++;
    if (!parse_number(&s, 2, 59, &m))
      return false;
    if (*s == ':') {
      s++;
      if (!parse_number(&s, 2, 59, &sec))
        return false;
    }
  }
  *secs = sign * (h * 3600 + m * 60 + sec);
  *sp = s;
  return true;
}

// Jn, n or Mm.w.d, optionally followed by /time.
static bool parse_date(const char **sp, struct tz_date *d) {
  const char *s = *sp;
  if (*s == 'J') {
    s++;
    d->kind = TZ_JULIAN1;
    if (!parse_number(&s, 3, 365, &d->day) || d->day < 1)
      return false;
  } else if (*s == 'M') {
    s++;
    d->kind = TZ_MONTH;
    if (!parse_number(&s, 2, 12, &d->month) || d->month < 1 || *s++ != '.' ||
        !parse_number(&s, 1, 5, &d->week) || d->week < 1 || *s++ != '.' ||
        !parse_number(&s, 1, 6, &d->day))
      return false;
  } else {
    d->kind = TZ_JULIAN0;
    if (!parse_number(&s, 3, 365, &d->day))
      return false;
  }
  d->time = 2 * 3600;
  if (*s == '/') {
    s++;
    if (!parse_hms(&s, 3, 167, &d->time))
      return false;
  }
  *sp = s;
  return true;
}

bool __tz_parse(const char *s, struct tz_rule *rule) {
  int32_t west;
  if (!parse_name(&s, &rule->std_name) || !parse_hms(&s, 2, 24, &west))
    return false;
  rule->std_off = -west;
  rule->dst_name = NULL;
  rule->dst_off = rule->std_off;
  if (*s == '\0')
    return true;
  if (!parse_name(&s, &rule->dst_name))
    return false;
  rule->dst_off = rule->std_off + 3600;
  if (*s == '+' || *s == '-' || is_digit(*s)) {
    if (!parse_hms(&s, 2, 24, &west))
      return false;
    rule->dst_off = -west;
  }
  if (*s == '\0') {
    // No rule: the current US one (as glibc and musl assume).
    rule->start = (struct tz_date){.kind = TZ_MONTH, .month = 3, .week = 2, .day = 0,
                                   .time = 2 * 3600};
    rule->end = (struct tz_date){.kind = TZ_MONTH, .month = 11, .week = 1, .day = 0,
                                 .time = 2 * 3600};
    return true;
  }
  return *s++ == ',' && parse_date(&s, &rule->start) && *s++ == ',' &&
         parse_date(&s, &rule->end) && *s == '\0';
}
