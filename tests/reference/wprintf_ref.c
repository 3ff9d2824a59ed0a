// The wide printf family through swprintf: generated directives of every
// conversion class (integers with each length modifier, doubles and long
// doubles in all eight floating forms, %c/%lc, %s converting multibyte
// strings, %ls copying wide ones) with random flags, widths, precisions and
// '*' arguments, plus positional arguments, %n and the -1 of a too-small
// array.  The wide result is printed as UTF-8 (wcstombs).
#include <float.h>
#include <limits.h>
#include <locale.h>
#include <stdint.h>
#include <string.h>
#include <wchar.h>

#include "ref.h"

static char fmt[96];      // the directive as bytes, for the report
static wchar_t wfmt[96];  // the same, widened
static wchar_t wout[8192];

static void widen_format(void) {
  size_t i = 0;
  for (; fmt[i] != '\0'; i++)
    wfmt[i] = (wchar_t)(unsigned char)fmt[i];
  wfmt[i] = L'\0';
}

// One line: the format, the return value and the output in UTF-8.
static void report(int ret) {
  static char mb[4 * sizeof(wout) / sizeof(wout[0])];
  ref_quoted(fmt, strlen(fmt));
  ref_puts(" -> ");
  ref_dec(ret);
  if (ret >= 0) {
    size_t n = wcstombs(mb, wout, sizeof(mb));
    ref_puts(" ");
    if (n == (size_t)-1)
      ref_puts("<unencodable>");
    else
      ref_quoted(mb, n);
  }
  ref_puts("\n");
}

// Appends "[flags][width][.prec]" to fmt and says which parts are '*'.
static char *spec(char *p, const char *flags, int max_prec, int *star_w, int *star_p) {
  *p++ = '%';
  for (; *flags != '\0'; flags++)
    if (ref_below(3) == 0)
      *p++ = *flags;
  *star_w = *star_p = 0;
  uint64_t w = ref_below(5);
  if (w == 4) {
    *p++ = '*';
    *star_w = 1;
  } else if (w >= 2) {
    p += sprintf(p, "%d", (int)ref_below(w == 2 ? 10 : 50));
  }
  uint64_t q = max_prec < 0 ? 0 : ref_below(4);
  if (q == 3) {
    p += sprintf(p, ".*");
    *star_p = 1;
  } else if (q == 2) {
    p += sprintf(p, ".%d", (int)ref_below((uint64_t)max_prec + 1));
  }
  return p;
}

// swprintf with the '*' arguments the format asks for, then the value.
#define CALL(value)                                                            \
  (sw && sp ? swprintf(wout, 8192, wfmt, w, pr, value)                         \
   : sw     ? swprintf(wout, 8192, wfmt, w, value)                             \
   : sp     ? swprintf(wout, 8192, wfmt, pr, value)                            \
            : swprintf(wout, 8192, wfmt, value))

static void stars(int sw, int sp, int max_prec, int *w, int *pr) {
  *w = sw ? (int)ref_below(50) - 15 : 0;                // negative: '-'
  *pr = sp ? (int)ref_below((uint64_t)max_prec + 2) - 1 : 0;  // -1: none
}

static void integer_case(void) {
  static const char *const len[] = {"", "hh", "h", "l", "ll", "j", "z", "t"};
  char conv = "diouxX"[ref_below(6)];
  int li = (int)ref_below(8);
  int sw, sp, w, pr;
  const char *flags = conv == 'd' || conv == 'i' ? "-+ 0" : conv == 'u' ? "-0" : "-#0";
  char *p = spec(fmt, flags, 25, &sw, &sp);
  sprintf(p, "%s%c", len[li], conv);
  widen_format();
  stars(sw, sp, 25, &w, &pr);
  uint64_t bits = ref_next();
  long long v = (long long)(bits >> ref_below(64));
  if (ref_below(4) == 0)
    v = (long long[]){0, -1, LLONG_MIN, LLONG_MAX, INT_MIN, 255}[ref_below(6)];
  int ret;
  if (li >= 3) {
    ret = CALL(v);
  } else {
    int iv = (int)v;
    ret = CALL(iv);
  }
  report(ret);
}

static double some_double(void) {
  uint64_t kind = ref_below(4);
  if (kind == 0) {
    static const double d[] = {0.0, -0.0, 0.5, 2.5, 1e-320, DBL_MAX, DBL_MIN, 1.0 / 3,
                               1e21, 123.456, 9.5, -7.25};
    return d[ref_below(sizeof(d) / sizeof(d[0]))];
  }
  if (kind == 1)
    return ref_below(2) ? __builtin_inf() : -__builtin_nan("");
  uint64_t bits = ref_next();
  double v;
  memcpy(&v, &bits, sizeof(v));
  if (v != v)
    v = 1.0 / 7;  // payloads and NaN signs are not compared
  return kind == 2 ? v : (double)(int64_t)bits / (double)(1ULL << ref_below(60));
}

static void float_case(int is_long, int max_prec) {
  char conv = "aAeEfFgG"[ref_below(8)];
  if (is_long && (conv == 'a' || conv == 'A') && max_prec > 14)
    max_prec = 14;  // musl ignores larger %La precisions (README.md)
  int sw, sp, w, pr;
  char *p = spec(fmt, "-+ #0", max_prec, &sw, &sp);
  sprintf(p, "%s%c", is_long ? "L" : "", conv);
  widen_format();
  stars(sw, sp, max_prec, &w, &pr);
  int ret;
  if (is_long) {
    long double v = (long double)some_double();
    if (ref_below(3) == 0)
      v = v / 3 + (ref_below(2) ? LDBL_MIN : 1e4000L);
    ret = CALL(v);
  } else {
    double v = some_double();
    ret = CALL(v);
  }
  report(ret);
}

static void text_case(void) {
  static const char *const mbs[] = {"", "x", "hello", "\xc3\xa9t\xc3\xa9",
                                    "\xe2\x82\xac\x35 \xf0\x9f\x98\x80!", "tab\there"};
  static const wchar_t *const wcs[] = {L"", L"y", L"wide", L"\u00e9t\u00e9",
                                       L"\u4e2d\u6587\U0001f600", L"a\u0301b"};
  static const wint_t wch[] = {L'A', L' ', 0xe9, 0x20ac, 0x1f600, 0x10ffff};
  uint64_t kind = ref_below(5);
  int sw, sp, w, pr;
  char *p = spec(fmt, "-", kind >= 2 ? 12 : -1, &sw, &sp);
  static const char *const conv[] = {"c", "lc", "s", "ls", "S"};
  strcpy(p, conv[kind]);
  widen_format();
  stars(sw, sp, 12, &w, &pr);
  int ret;
  if (kind == 0) {
    int c = 0x20 + (int)ref_below(0x5f);  // %c: single-byte characters
    ret = CALL(c);
  } else if (kind == 1) {
    wint_t c = wch[ref_below(6)];
    ret = CALL(c);
  } else if (kind == 2) {
    const char *s = mbs[ref_below(6)];
    ret = CALL(s);
  } else {
    const wchar_t *s = wcs[ref_below(6)];
    ret = CALL(s);
  }
  report(ret);
}

static void fixed_cases(void) {
  int n1 = -1, n2 = -1;
  strcpy(fmt, "%2$ls|%1$d|%3$.3f|%4$s|%2$ls");
  widen_format();
  report(swprintf(wout, 8192, wfmt, 42, L"\u00e9", 3.14159, "\xe2\x82\xac"));
  strcpy(fmt, "%1$*2$.*3$d|%4$lc");
  widen_format();
  report(swprintf(wout, 8192, wfmt, 7, 6, 3, (wint_t)0x20ac));
  strcpy(fmt, "ab%ncd%n|%%");
  widen_format();
  report(swprintf(wout, 8192, wfmt, &n1, &n2));
  ref_puts("  n=");
  ref_dec(n1);
  ref_puts(",");
  ref_dec(n2);
  ref_puts("\n");
  // Too small: -1 (C requires it; snprintf would return the length).
  for (size_t size = 0; size <= 8; size++) {
    wchar_t small[8];
    strcpy(fmt, "%ls%d");
    widen_format();
    int ret = swprintf(small, size, wfmt, L"\u00e9\u00e9", 12345);
    sprintf(fmt, "size %d: %%ls%%d", (int)size);
    wout[0] = L'\0';
    if (ret >= 0)
      wcscpy(wout, small);
    report(ret);
  }
  strcpy(fmt, "%.300f");
  widen_format();
  report(swprintf(wout, 8192, wfmt, 1e-300));
  strcpy(fmt, "%Lf");
  widen_format();
  report(swprintf(wout, 8192, wfmt, LDBL_MAX));
}

int main(int argc, char **argv) {
  setlocale(LC_CTYPE, "C.UTF-8");  // for wcstombs in the native builds
  long scale = ref_scale(argc, argv);
  fixed_cases();
  for (long i = 0; i < 30000 * scale; i++)
    integer_case();
  for (long i = 0; i < 25000 * scale; i++)
    float_case(0, 40);
  for (long i = 0; i < 1000 * scale; i++)
    float_case(0, 600);
  for (long i = 0; i < 8000 * scale; i++)
    float_case(1, 40);
  for (long i = 0; i < 20000 * scale; i++)
    text_case();
  ref_flush();
  return 0;
}
