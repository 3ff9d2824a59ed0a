#include <limits.h>
#include <stdbool.h>
#include <string.h>
#include <time.h>

#include "time_impl.h"
#include "tz_impl.h"

// Output buffer: everything past the end is counted but not stored.
struct out {
  char *s;
  size_t n;    // capacity, including the terminating NUL
  size_t len;  // characters produced so far
};

static void put(struct out *o, const char *p, size_t len) {
  for (size_t i = 0; i < len; i++, o->len++)
    if (o->len < o->n)
      o->s[o->len] = p[i];
}

static void put_pad(struct out *o, char c, size_t count) {
  while (count-- > 0)
    put(o, &c, 1);
}

static size_t format(char *s, size_t n, const char *f, const struct tm *tm);

// A conversion's text before flags and widths are applied.
struct field {
  char buf[160];
  const char *text;
  size_t len;
  bool numeric;  // a number: pads with '0' (or def_pad) by default
  char def_pad;  // numeric default padding: '0' or ' '
  int def_width;
};

static void set_string(struct field *fl, const char *s) {
  fl->text = s;
  fl->len = strlen(s);
  fl->numeric = false;
}

static void set_number(struct field *fl, long long v, int width, char pad) {
  char *end = fl->buf + sizeof(fl->buf), *p = end;
  unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
  do {
    *--p = (char)('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (v < 0)
    *--p = '-';
  fl->text = p;
  fl->len = (size_t)(end - p);
  fl->numeric = true;
  fl->def_pad = pad;
  fl->def_width = width;
}

static void set_format(struct field *fl, const char *f, const struct tm *tm) {
  fl->len = format(fl->buf, sizeof(fl->buf), f, tm);
  fl->text = fl->buf;
  fl->numeric = false;
}

// Leaves *fl empty if the conversion is unknown and returns false.
static bool convert(struct field *fl, char c, const struct tm *tm) {
  long long year = (long long)tm->tm_year + 1900;
  bool wday_ok = (unsigned)tm->tm_wday <= 6, mon_ok = (unsigned)tm->tm_mon <= 11;
  switch (c) {
    case 'a':
    case 'A':
      if (!wday_ok) {
        set_string(fl, "?");
      } else if (c == 'A') {
        set_string(fl, __time_day_names[tm->tm_wday]);
      } else {
        memcpy(fl->buf, __time_day_names[tm->tm_wday], 3);
        fl->buf[3] = '\0';
        set_string(fl, fl->buf);
      }
      return true;
    case 'b':
    case 'h':
    case 'B':
      if (!mon_ok) {
        set_string(fl, "?");
      } else if (c == 'B') {
        set_string(fl, __time_month_names[tm->tm_mon]);
      } else {
        memcpy(fl->buf, __time_month_names[tm->tm_mon], 3);
        fl->buf[3] = '\0';
        set_string(fl, fl->buf);
      }
      return true;
    case 'c': set_format(fl, "%a %b %e %H:%M:%S %Y", tm); return true;
    case 'C': set_number(fl, year / 100, 2, '0'); return true;
    case 'd': set_number(fl, tm->tm_mday, 2, '0'); return true;
    case 'D':
    case 'x': set_format(fl, "%m/%d/%y", tm); return true;
    case 'e': set_number(fl, tm->tm_mday, 2, ' '); return true;
    case 'F': set_format(fl, "%Y-%m-%d", tm); return true;
    case 'g':
    case 'G': {
      int week;
      long long iso = __time_iso_week(tm, &week);
      if (c == 'g')
        set_number(fl, iso % 100 < 0 ? -(iso % 100) : iso % 100, 2, '0');
      else
        set_number(fl, iso, 4, '0');
      return true;
    }
    case 'H': set_number(fl, tm->tm_hour, 2, '0'); return true;
    case 'I':
    case 'l': {
      int h = tm->tm_hour % 12;
      set_number(fl, h == 0 ? 12 : h, 2, c == 'I' ? '0' : ' ');
      return true;
    }
    case 'j': set_number(fl, (long long)tm->tm_yday + 1, 3, '0'); return true;
    case 'k': set_number(fl, tm->tm_hour, 2, ' '); return true;
    case 'm': set_number(fl, (long long)tm->tm_mon + 1, 2, '0'); return true;
    case 'M': set_number(fl, tm->tm_min, 2, '0'); return true;
    case 'n': set_string(fl, "\n"); return true;
    case 'p': set_string(fl, tm->tm_hour >= 12 ? "PM" : "AM"); return true;
    case 'P': set_string(fl, tm->tm_hour >= 12 ? "pm" : "am"); return true;
    case 'r': set_format(fl, "%I:%M:%S %p", tm); return true;
    case 'R': set_format(fl, "%H:%M", tm); return true;
    case 's': set_number(fl, __time_tm_to_secs(tm) - tm->tm_gmtoff, 1, ' '); return true;
    case 'S': set_number(fl, tm->tm_sec, 2, '0'); return true;
    case 't': set_string(fl, "\t"); return true;
    case 'T':
    case 'X': set_format(fl, "%H:%M:%S", tm); return true;
    case 'u': set_number(fl, tm->tm_wday == 0 ? 7 : tm->tm_wday, 1, '0'); return true;
    case 'U': set_number(fl, ((long long)tm->tm_yday + 7 - tm->tm_wday) / 7, 2, '0'); return true;
    case 'V': {
      int week;
      __time_iso_week(tm, &week);
      set_number(fl, week, 2, '0');
      return true;
    }
    case 'w': set_number(fl, tm->tm_wday, 1, '0'); return true;
    case 'W':
      set_number(fl, ((long long)tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7, 2, '0');
      return true;
    case 'y': {
      long long y = year % 100;
      set_number(fl, y < 0 ? -y : y, 2, '0');
      return true;
    }
    case 'Y': set_number(fl, year, 4, '0'); return true;
    case 'z': {
      if (tm->tm_isdst < 0) {
        set_string(fl, "");
        return true;
      }
      long off = tm->tm_gmtoff;
      unsigned long a = off < 0 ? 0 - (unsigned long)off : (unsigned long)off;
      unsigned long hhmm = a / 3600 * 100 + a / 60 % 60;
      char *p = fl->buf;
      *p++ = off < 0 ? '-' : '+';
      for (unsigned long div = 1000; div > 0; div /= 10)
        *p++ = (char)('0' + hhmm / div % 10);
      *p = '\0';
      set_string(fl, fl->buf);
      return true;
    }
    case 'Z': {
      if (tm->tm_isdst < 0) {
        set_string(fl, "");
      } else if (tm->tm_zone != NULL) {
        set_string(fl, tm->tm_zone);
      } else {
        struct tz_rule rule;
        __tz_current(&rule);
        set_string(fl, tm->tm_isdst > 0 && rule.dst_name != NULL ? rule.dst_name
                                                                 : rule.std_name);
      }
      return true;
    }
    case '+': set_format(fl, "%a %b %e %H:%M:%S %Z %Y", tm); return true;
    case '%': set_string(fl, "%"); return true;
    default: return false;
  }
}

static char to_upper(char c) {
  return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}
static char to_lower(char c) {
  return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

// POSIX's rule for %C, %F, %G and %Y with a field width: the digits are
// padded with zeros (spaces with '_') to the width, and the + flag adds a
// '+' when the year takes more than four digits (%C: two).
static void put_yearish(struct out *o, const struct field *fl, char conv, const struct tm *tm,
                        size_t width, bool plus, char pad) {
  const char *t = fl->text;
  size_t k = fl->len;
  if (*t == '+' || *t == '-')
    t++, k--;
  while (*t == '0' && t[1] >= '0' && t[1] <= '9')
    t++, k--;
  if (width < k)
    width = k;
  size_t digits = 0;
  while (t[digits] >= '0' && t[digits] <= '9')
    digits++;
  char sign = 0;
  if (tm->tm_year < -1900)
    sign = '-';
  else if (plus && digits + (width - k) >= (conv == 'C' ? 3u : 5u))
    sign = '+';
  size_t fill = width - k - (sign != 0 && width > k);
  if (pad == ' ')
    put_pad(o, ' ', fill);
  if (sign != 0)
    put(o, &sign, 1);
  if (pad != ' ')
    put_pad(o, '0', fill);
  put(o, t, k);
}

// '+' is POSIX's flag when what follows continues a conversion
// specification, and otherwise the %+ conversion (BSD's date(1) format).
static bool is_flag_context(const char *f) {
  return (*f >= '0' && *f <= '9') || *f == 'C' || *f == 'F' || *f == 'G' || *f == 'Y' ||
         *f == 'E' || *f == 'O' || *f == '-' || *f == '_' || *f == '^' || *f == '#' ||
         *f == '+';
}

static size_t format(char *s, size_t n, const char *f, const struct tm *tm) {
  struct out o = {.s = s, .n = n, .len = 0};
  while (*f != '\0') {
    if (*f != '%') {
      put(&o, f++, 1);
      continue;
    }
    const char *spec = f++;
    // Flags (glibc's - _ 0 ^ #, POSIX's +), width, E or O modifier.
    char pad = 0;
    bool upper = false, swap = false, plus = false;
    for (;; f++) {
      if (*f == '-' || *f == '_' || *f == '0')
        pad = *f;
      else if (*f == '^')
        upper = true;
      else if (*f == '#')
        swap = true;
      else if (*f == '+' && is_flag_context(f + 1))
        plus = true;
      else
        break;
    }
    size_t width = 0;
    bool has_width = false;
    while (*f >= '0' && *f <= '9') {
      if (width < 4096)
        width = width * 10 + (size_t)(*f - '0');
      has_width = true;
      f++;
    }
    if (*f == 'E' || *f == 'O')
      f++;
    struct field fl;
    if (*f == '\0' || !convert(&fl, *f, tm)) {
      // Unknown or truncated: copied as is (like glibc).
      size_t len = *f == '\0' ? (size_t)(f - spec) : (size_t)(f + 1 - spec);
      put(&o, spec, len);
      f = spec + len;
      continue;
    }
    char c = *f++;
    if ((c == 'C' || c == 'F' || c == 'G' || c == 'Y') && has_width) {
      put_yearish(&o, &fl, c, tm, width, plus, pad == '_' ? ' ' : '0');
      continue;
    }
    // Case changes: ^ upper-cases; # upper-cases day and month names and
    // lower-cases %p and %Z, whatever ^ says; %P stays lower case (as in
    // glibc).
    char cased[sizeof(fl.buf)];
    const char *text = fl.text;
    size_t len = fl.len;
    bool names = c == 'a' || c == 'A' || c == 'b' || c == 'B' || c == 'h';
    bool lower = (swap && (c == 'p' || c == 'Z')) || c == 'P';
    if ((upper || lower || (swap && names)) && !fl.numeric && len <= sizeof(cased)) {
      for (size_t i = 0; i < len; i++)
        cased[i] = lower ? to_lower(text[i]) : to_upper(text[i]);
      text = cased;
    }
    // Padding as glibc does it: numbers fill their default width (with
    // '0' or, for %e %k %l, ' ') unless the - flag is given; a larger
    // field width extends that; _ and - pad with spaces, 0 with zeros.
    // Strings are padded with spaces (zeros with 0) to the field width.
    size_t w;
    char p;
    if (fl.numeric) {
      w = pad == '-' ? 0 : (size_t)fl.def_width;
      if (has_width && width > w)
        w = width;
      p = pad == '0' ? '0' : pad == '_' || pad == '-' ? ' ' : fl.def_pad;
    } else {
      w = has_width ? width : 0;
      p = pad == '0' ? '0' : ' ';
    }
    size_t fill = w > len ? w - len : 0;
    if (p == '0' && len > 0 && (text[0] == '-' || text[0] == '+')) {
      put(&o, text, 1);  // the sign goes before the zeros
      text++, len--;
    }
    put_pad(&o, p, fill);
    put(&o, text, len);
  }
  if (o.len >= n)
    return 0;
  s[o.len] = '\0';
  return o.len;
}

size_t strftime_l(char *restrict s, size_t n, const char *restrict f,
                  const struct tm *restrict tm, locale_t locale) {
  (void)locale;  // "C" and "C.UTF-8" format dates alike
  return format(s, n, f, tm);
}
