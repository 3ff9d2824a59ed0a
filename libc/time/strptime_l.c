#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "time_impl.h"
#include "tz_impl.h"

// What the conversions found; fields of *tm that no conversion names are
// left as they were.
struct parsed {
  bool century_set, year2_set, year_set;
  int century, year2;
  bool pm_set, pm, hour12;
  bool mon_set, mday_set, yday_set, wday_set;
  int week_kind;  // 0 none, 'U' (Sunday first), 'W' (Monday first)
  int week;
  bool iso_year_set, iso_week_set;
  long long iso_year;
  int iso_week;
  bool secs_set;
};

static bool is_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

static const char *skip_space(const char *s) {
  while (is_space(*s))
    s++;
  return s;
}

static char lower(char c) {
  return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

// Case-insensitive prefix match of `word` (its first `len` characters).
static bool match_word(const char *s, const char *word, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (lower(s[i]) != lower(word[i]))
      return false;
  return true;
}

// A full or three-letter name out of `names`; returns its index or -1.
static int match_name(const char **sp, const char *const *names, int count) {
  for (int i = 0; i < count; i++) {
    size_t full = strlen(names[i]);
    if (match_word(*sp, names[i], full)) {
      *sp += full;
      return i;
    }
  }
  for (int i = 0; i < count; i++) {
    if (match_word(*sp, names[i], 3)) {
      *sp += 3;
      return i;
    }
  }
  return -1;
}

// Up to max_digits digits (optionally signed), within [min, max].
static bool number(const char **sp, int max_digits, bool sign, long long min, long long max,
                   long long *value) {
  const char *s = *sp;
  bool neg = false;
  if (sign && (*s == '+' || *s == '-'))
    neg = *s++ == '-';
  long long v = 0;
  int n = 0;
  while (n < max_digits && *s >= '0' && *s <= '9') {
    if (v > (LLONG_MAX - 9) / 10)
      return false;
    v = v * 10 + (*s++ - '0');
    n++;
  }
  if (n == 0)
    return false;
  if (neg)
    v = -v;
  if (v < min || v > max)
    return false;
  *sp = s;
  *value = v;
  return true;
}

static const char *parse(const char *s, const char *f, struct tm *tm, struct parsed *p);

static bool convert(const char **sp, const char **fp, struct tm *tm, struct parsed *p) {
  const char *s = *sp, *f = *fp;
  // Optional flag and width (as written by strftime), then E or O.
  while (*f == '+' || *f == '-' || *f == '_' || *f == '0' || *f == '^' || *f == '#')
    f++;
  int width = 0;
  while (*f >= '0' && *f <= '9')
    width = width < 100 ? width * 10 + (*f++ - '0') : (f++, width);
  if (*f == 'E' || *f == 'O')
    f++;
  char c = *f++;
  if (c != '%' && c != 'n' && c != 't')
    s = skip_space(s);
  long long v;
#define NUM(digits, lo, hi) \
  if (!number(&s, width > 0 ? width : (digits), false, (lo), (hi), &v)) return false
  switch (c) {
    case '%':
      if (*s++ != '%')
        return false;
      break;
    case 'n':
    case 't':
      s = skip_space(s);
      break;
    case 'a':
    case 'A': {
      int i = match_name(&s, __time_day_names, 7);
      if (i < 0)
        return false;
      tm->tm_wday = i;
      p->wday_set = true;
      break;
    }
    case 'b':
    case 'B':
    case 'h': {
      int i = match_name(&s, __time_month_names, 12);
      if (i < 0)
        return false;
      tm->tm_mon = i;
      p->mon_set = true;
      break;
    }
    case 'c': s = parse(s, "%a %b %e %H:%M:%S %Y", tm, p); break;
    case 'C':
      if (!number(&s, width > 0 ? width : 2, true, -99, 99, &v))
        return false;
      p->century = (int)v;
      p->century_set = true;
      break;
    case 'd':
    case 'e':
      NUM(2, 1, 31);
      tm->tm_mday = (int)v;
      p->mday_set = true;
      break;
    case 'D':
    case 'x': s = parse(s, "%m/%d/%y", tm, p); break;
    case 'F': s = parse(s, "%Y-%m-%d", tm, p); break;
    case 'g':
      NUM(2, 0, 99);
      p->iso_year = v + (v < 69 ? 2000 : 1900);
      p->iso_year_set = true;
      break;
    case 'G':
      if (!number(&s, width > 0 ? width : 4, true, INT_MIN + 1900LL, INT_MAX, &v))
        return false;
      p->iso_year = v;
      p->iso_year_set = true;
      break;
    case 'H':
    case 'k':
      NUM(2, 0, 23);
      tm->tm_hour = (int)v;
      p->hour12 = false;
      break;
    case 'I':
    case 'l':
      NUM(2, 1, 12);
      tm->tm_hour = (int)v % 12;
      p->hour12 = true;
      break;
    case 'j':
      NUM(3, 1, 366);
      tm->tm_yday = (int)v - 1;
      p->yday_set = true;
      break;
    case 'm':
      NUM(2, 1, 12);
      tm->tm_mon = (int)v - 1;
      p->mon_set = true;
      break;
    case 'M':
      NUM(2, 0, 59);
      tm->tm_min = (int)v;
      break;
    case 'p':
    case 'P':
      if (match_word(s, "AM", 2))
        p->pm = false;
      else if (match_word(s, "PM", 2))
        p->pm = true;
      else
        return false;
      s += 2;
      p->pm_set = true;
      break;
    case 'r': s = parse(s, "%I:%M:%S %p", tm, p); break;
    case 'R': s = parse(s, "%H:%M", tm, p); break;
    case 's': {
      if (!number(&s, 20, true, LLONG_MIN + 1, LLONG_MAX, &v))
        return false;
      time_t t = (time_t)v;
      if (localtime_r(&t, tm) == NULL)
        return false;
      p->secs_set = true;
      break;
    }
    case 'S':
      NUM(2, 0, 60);
      tm->tm_sec = (int)v;
      break;
    case 'T':
    case 'X': s = parse(s, "%H:%M:%S", tm, p); break;
    case 'u':
      NUM(1, 1, 7);
      tm->tm_wday = (int)v % 7;
      p->wday_set = true;
      break;
    case 'w':
      NUM(1, 0, 6);
      tm->tm_wday = (int)v;
      p->wday_set = true;
      break;
    case 'U':
    case 'W':
      NUM(2, 0, 53);
      p->week_kind = c;
      p->week = (int)v;
      break;
    case 'V':
      NUM(2, 0, 53);
      p->iso_week = (int)v;
      p->iso_week_set = true;
      break;
    case 'y':
      NUM(2, 0, 99);
      p->year2 = (int)v;
      p->year2_set = true;
      break;
    case 'Y':
      if (!number(&s, width > 0 ? width : 4, true, INT_MIN + 1900LL, INT_MAX, &v))
        return false;
      tm->tm_year = (int)(v - 1900);
      p->year_set = true;
      p->century_set = p->year2_set = false;
      break;
    case 'z': {
      // Z, or +hh, +hhmm, +hh:mm.
      if (*s == 'Z' || *s == 'z') {
        s++;
        tm->tm_gmtoff = 0;
        break;
      }
      if (*s != '+' && *s != '-')
        return false;
      bool neg = *s++ == '-';
      long long hh, mm = 0;
      const char *digits = s;
      if (!number(&s, 2, false, 0, 24, &hh) || s - digits != 2)
        return false;
      if (*s == ':')
        s++;
      digits = s;
      if (*s >= '0' && *s <= '9' && (!number(&s, 2, false, 0, 59, &mm) || s - digits != 2))
        return false;
      tm->tm_gmtoff = (long)(neg ? -(hh * 3600 + mm * 60) : hh * 3600 + mm * 60);
      break;
    }
    case 'Z': {
      // A zone name: the current zone's names set tm_isdst; others (and
      // UTC, GMT) are only skipped over, UTC and GMT setting a zero offset.
      const char *begin = s, *end;
      if (*s == '<') {
        while (*s != '\0' && *s != '>')
          s++;
        if (*s != '>')
          return false;
        begin++;
        end = s++;
      } else {
        while ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z'))
          s++;
        end = s;
      }
      size_t len = (size_t)(end - begin);
      if (len == 0)
        return false;
      struct tz_rule rule;
      __tz_current(&rule);
      if (strncmp(begin, rule.std_name, len) == 0 && rule.std_name[len] == '\0') {
        tm->tm_isdst = 0;
        tm->tm_gmtoff = rule.std_off;
        tm->tm_zone = rule.std_name;
      } else if (rule.dst_name != NULL && strncmp(begin, rule.dst_name, len) == 0 &&
                 rule.dst_name[len] == '\0') {
        tm->tm_isdst = 1;
        tm->tm_gmtoff = rule.dst_off;
        tm->tm_zone = rule.dst_name;
      } else if (len == 3 && (match_word(begin, "UTC", 3) || match_word(begin, "GMT", 3))) {
        tm->tm_isdst = 0;
        tm->tm_gmtoff = 0;
        tm->tm_zone = "UTC";
      }
      break;
    }
    default:
      return false;
  }
#undef NUM
  if (s == NULL)
    return false;
  *sp = s;
  *fp = f;
  return true;
}

static const char *parse(const char *s, const char *f, struct tm *tm, struct parsed *p) {
  while (*f != '\0') {
    if (is_space(*f)) {
      s = skip_space(s);
      f++;
    } else if (*f == '%' && f[1] != '\0') {
      f++;
      if (!convert(&s, &f, tm, p))
        return NULL;
    } else if (*s == *f) {
      s++, f++;
    } else {
      return NULL;
    }
  }
  return s;
}

// Sets the date fields from a day number, keeping the time of day and a
// weekday that the input named (as glibc does).
static void set_date(struct tm *tm, int64_t days, bool keep_wday) {
  struct tm d;
  if (!__time_secs_to_tm(days * SECS_PER_DAY, &d))
    return;
  tm->tm_year = d.tm_year;
  tm->tm_mon = d.tm_mon;
  tm->tm_mday = d.tm_mday;
  if (!keep_wday)
    tm->tm_wday = d.tm_wday;
  tm->tm_yday = d.tm_yday;
}

// Fills in what the parsed fields determine: the year from %C and %y, the
// 12-hour clock with %p, and tm_yday and (unless the input named it)
// tm_wday from month and day, day of the year, week number and weekday,
// or ISO week and weekday; fields the input did not give are taken from
// *tm as it was.
static void complete(struct tm *tm, const struct parsed *p) {
  if (p->year2_set) {
    int century = p->century_set ? p->century : p->year2 < 69 ? 20 : 19;
    tm->tm_year = century * 100 + p->year2 - 1900;
  } else if (p->century_set) {
    tm->tm_year = p->century * 100 - 1900;
  }
  if (p->hour12 && p->pm_set)
    tm->tm_hour = tm->tm_hour % 12 + (p->pm ? 12 : 0);
  if (p->secs_set)
    return;
  int64_t year = (int64_t)tm->tm_year + 1900;
  int64_t jan1 = time_days_from_civil(year, 1, 1);
  if (p->yday_set && !(p->mon_set && p->mday_set)) {
    set_date(tm, jan1 + tm->tm_yday, p->wday_set);
  } else if (p->iso_week_set && p->wday_set && !p->mon_set && !p->mday_set) {
    int64_t iso_year = p->iso_year_set ? p->iso_year : year;
    int64_t jan4 = time_days_from_civil(iso_year, 1, 4);
    int64_t monday1 = jan4 - time_floormod(jan4 + 3, 7);  // Monday of week 1
    set_date(tm, monday1 + 7 * (p->iso_week - 1) + (tm->tm_wday + 6) % 7, true);
  } else if (p->week_kind != 0 && p->wday_set && !p->mon_set && !p->mday_set) {
    // Week 1 starts on the year's first Sunday (%U) or Monday (%W); the
    // days before it are week 0.
    int first = p->week_kind == 'U' ? 0 : 1;
    int64_t start = jan1 + time_floormod(first - (jan1 + 4), 7);
    int offset = (int)time_floormod(tm->tm_wday - first, 7);
    set_date(tm, start + 7 * (int64_t)(p->week - 1) + offset, true);
  } else if (p->mon_set || p->mday_set || p->year_set || p->year2_set || p->century_set) {
    // Any part of the date: the rest comes from *tm as it was.
    set_date(tm, time_days_from_civil(year, tm->tm_mon + 1, tm->tm_mday), p->wday_set);
  }
}

char *strptime_l(const char *restrict s, const char *restrict f, struct tm *restrict tm,
                 locale_t locale) {
  (void)locale;  // "C" and "C.UTF-8" read dates alike
  struct parsed p = {0};
  s = parse(s, f, tm, &p);
  if (s == NULL)
    return NULL;
  complete(tm, &p);
  return (char *)s;
}
