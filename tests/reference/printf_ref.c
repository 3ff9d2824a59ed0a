// The printf family through snprintf: every conversion with random flags,
// widths, precisions and length modifiers on edge and random values,
// including exact %a %e %f %g of doubles and long doubles at any precision.
// Undefined combinations (such as '#' with %d) are never generated.
#include <float.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "ref.h"

static char format[64];
static char result[8192];

static void report(int ret) {
  ref_quoted(format, strlen(format));
  ref_puts(" -> ");
  ref_dec(ret);
  ref_puts(" ");
  size_t n = ret < 0 ? 0 : (size_t)ret < sizeof(result) ? (size_t)ret : sizeof(result) - 1;
  ref_quoted(result, n);
  ref_puts("\n");
}

// Builds "%[flags][width][.precision][length]conv" into `format`.
static void make_format(const char *allowed_flags, const char *length, char conv,
                        int max_precision, int *uses_star_width, int *uses_star_prec) {
  char *p = format;
  *p++ = '%';
  for (const char *f = allowed_flags; *f != '\0'; f++)
    if (ref_below(4) == 0)
      *p++ = *f;
  *uses_star_width = 0;
  *uses_star_prec = 0;
  switch (ref_below(4)) {
    case 0: break;
    case 1: p += sprintf(p, "%d", (int)ref_below(12)); break;
    case 2: p += sprintf(p, "%d", (int)ref_below(60)); break;
    case 3: *p++ = '*'; *uses_star_width = 1; break;
  }
  if (max_precision >= 0) {
    switch (ref_below(5)) {
      case 0: case 1: break;
      case 2: p += sprintf(p, ".%d", (int)ref_below(max_precision < 19 ? (uint64_t)max_precision + 1 : 20)); break;
      case 3: p += sprintf(p, ".%d", (int)ref_below((uint64_t)max_precision + 1)); break;
      case 4: p += sprintf(p, ".*"); *uses_star_prec = 1; break;
    }
  }
  p += sprintf(p, "%s%c", length, conv);
}

static int star_width(void) {
  return (int)ref_below(40) - 10;  // negative means left-justify
}

static int star_precision(int max) {
  return (int)ref_below((uint64_t)max + 2) - 1;  // -1 means "no precision"
}

static long long edge_int(void) {
  static const long long edges[] = {0, 1, -1, 7, -7, 10, 100, 255, 256, 32767, -32768, 65535,
                                    INT_MAX, INT_MIN, (long long)UINT_MAX, LLONG_MAX, LLONG_MIN,
                                    0x1234567890abcdefLL, -1000000007LL};
  if (ref_below(2))
    return edges[ref_below(sizeof(edges) / sizeof(edges[0]))];
  long long v = (long long)ref_next();
  return v >> ref_below(64);
}

static double edge_double(void) {
  static const double edges[] = {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 9.5, 0.05,
                                 1e-5, 123456.789, 1e15, 1e16, 1e17, 1e22, 1e23, 5e-324,
                                 DBL_MIN, DBL_MAX, DBL_EPSILON, 0.125, 1.0 / 3, 2.0 / 3,
                                 9.999999999999999e22, 4.35, 0.015625, 1e300, 1e-300};
  switch (ref_below(5)) {
    case 0: return edges[ref_below(sizeof(edges) / sizeof(edges[0]))];
    case 1: {
      uint64_t bits = ref_next();
      double d;
      memcpy(&d, &bits, sizeof(d));
      if (__builtin_isnan(d))
        d = __builtin_signbit(d) ? -__builtin_nan("") : __builtin_nan("");  // NaN payloads print the same everywhere
      return d;
    }
    case 2: {
      // Subnormal.
      uint64_t bits = ref_next() & 0x800fffffffffffffULL;
      double d;
      memcpy(&d, &bits, sizeof(d));
      return d;
    }
    case 3: {
      double num = (double)(int64_t)ref_next();
      double den = (double)(1ULL << ref_below(63));
      return num / den * (ref_below(2) ? 1 : 1e-10);
    }
    default: return ref_below(8) == 0 ? (ref_below(2) ? __builtin_inf() : -__builtin_inf()) : (double)(int)ref_below(100000) / 8;
  }
}

static long double edge_long_double(void) {
  static const long double edges[] = {0.0L, -0.0L, 1.0L, 0.1L, 2.5L, LDBL_MIN, LDBL_MAX,
                                      LDBL_EPSILON, 1e-4950L, 1e4000L, 1.0L / 3};
  switch (ref_below(4)) {
    case 0: return edges[ref_below(sizeof(edges) / sizeof(edges[0]))];
    case 1: {
      // Random x87 value with the explicit integer bit set (no unnormals).
      union { long double ld; struct { uint64_t mantissa; uint16_t exp; } parts; } u;
      memset(&u, 0, sizeof(u));
      u.parts.mantissa = ref_next() | (1ULL << 63);
      uint16_t exponent = (uint16_t)(ref_below(0x7ffe) + 1);
      uint16_t sign = (uint16_t)(ref_below(2) << 15);
      u.parts.exp = exponent | sign;
      return u.ld;
    }
    case 2: return (long double)edge_double();
    default: return (long double)(int64_t)ref_next() / 7.0L;
  }
}

static void integer_case(void) {
  static const char *const lengths[] = {"", "hh", "h", "l", "ll", "j", "z", "t"};
  static const char convs[] = "diouxX";
  char conv = convs[ref_below(6)];
  const char *length = lengths[ref_below(8)];
  const char *flags = (conv == 'd' || conv == 'i') ? "-+ 0" : (conv == 'u') ? "-0" : "-0#";
  int sw, sp;
  make_format(flags, length, conv, 30, &sw, &sp);
  long long v = edge_int();
  int w = sw ? star_width() : 0, pr = sp ? star_precision(30) : 0;
  int ret;
  // Pass the value with the type the length modifier names.
  if (strcmp(length, "ll") == 0 || strcmp(length, "j") == 0 || strcmp(length, "l") == 0 ||
      strcmp(length, "z") == 0 || strcmp(length, "t") == 0) {
    if (sw && sp) ret = snprintf(result, sizeof(result), format, w, pr, v);
    else if (sw) ret = snprintf(result, sizeof(result), format, w, v);
    else if (sp) ret = snprintf(result, sizeof(result), format, pr, v);
    else ret = snprintf(result, sizeof(result), format, v);
  } else {
    int iv = (int)v;
    if (sw && sp) ret = snprintf(result, sizeof(result), format, w, pr, iv);
    else if (sw) ret = snprintf(result, sizeof(result), format, w, iv);
    else if (sp) ret = snprintf(result, sizeof(result), format, pr, iv);
    else ret = snprintf(result, sizeof(result), format, iv);
  }
  report(ret);
}

static void float_case(int long_double, int max_precision) {
  static const char convs[] = "aAeEfFgG";
  char conv = convs[ref_below(8)];
  // musl ignores a precision of 15 or more for %La (it prints all 16 hex
  // digits, against C's rule); README.md lists this difference.
  if (long_double && (conv == 'a' || conv == 'A') && max_precision > 14)
    max_precision = 14;
  int sw, sp;
  make_format("-+ #0", long_double ? "L" : "", conv, max_precision, &sw, &sp);
  int w = sw ? star_width() : 0, pr = sp ? star_precision(max_precision) : 0;
  int ret;
  if (long_double) {
    long double v = edge_long_double();
    if (sw && sp) ret = snprintf(result, sizeof(result), format, w, pr, v);
    else if (sw) ret = snprintf(result, sizeof(result), format, w, v);
    else if (sp) ret = snprintf(result, sizeof(result), format, pr, v);
    else ret = snprintf(result, sizeof(result), format, v);
  } else {
    double v = edge_double();
    if (sw && sp) ret = snprintf(result, sizeof(result), format, w, pr, v);
    else if (sw) ret = snprintf(result, sizeof(result), format, w, v);
    else if (sp) ret = snprintf(result, sizeof(result), format, pr, v);
    else ret = snprintf(result, sizeof(result), format, v);
  }
  report(ret);
}

static void string_case(void) {
  static const char *const strings[] = {"", "a", "hello", "hello, world", "\xc3\xa9t\xc3\xa9"};
  int sw, sp;
  char conv = ref_below(3) == 0 ? 'c' : 's';
  make_format("-", "", conv, conv == 's' ? 20 : -1, &sw, &sp);
  int w = sw ? star_width() : 0, pr = sp ? star_precision(20) : 0;
  int ret;
  if (conv == 'c') {
    int c = (int)ref_below(256);
    ret = sw ? snprintf(result, sizeof(result), format, w, c) : snprintf(result, sizeof(result), format, c);
  } else {
    const char *s = strings[ref_below(5)];
    if (sw && sp) ret = snprintf(result, sizeof(result), format, w, pr, s);
    else if (sw) ret = snprintf(result, sizeof(result), format, w, s);
    else if (sp) ret = snprintf(result, sizeof(result), format, pr, s);
    else ret = snprintf(result, sizeof(result), format, s);
  }
  report(ret);
}

static void fixed_cases(void) {
  // Positional arguments, %n, %%, truncation and the return value.
  int n1 = -1, n2 = -1;
  strcpy(format, "%2$s|%1$d|%3$.3f|%2$s");
  report(snprintf(result, sizeof(result), format, 42, "two", 3.14159));
  strcpy(format, "%1$*2$.*3$d|%4$x");
  report(snprintf(result, sizeof(result), format, 7, 6, 3, 255u));
  strcpy(format, "ab%ncd%n|%%");
  int ret = snprintf(result, sizeof(result), format, &n1, &n2);
  report(ret);
  ref_puts("  n=");
  ref_dec(n1);
  ref_puts(",");
  ref_dec(n2);
  ref_puts("\n");
  char small[8];
  strcpy(format, "truncated %d");
  ret = snprintf(small, sizeof(small), format, 123456);
  memcpy(result, small, sizeof(small));
  report(ret < 0 ? ret : (ret < (int)sizeof(small) ? ret : (int)sizeof(small) - 1));
  ref_dec(ret);
  ref_puts("\n");
  strcpy(format, "%.1000f");
  report(snprintf(result, sizeof(result), format, 1e-300));
  strcpy(format, "%.60e");
  report(snprintf(result, sizeof(result), format, 5e-324));
  strcpy(format, "%Lf");
  report(snprintf(result, sizeof(result), format, LDBL_MAX));
  strcpy(format, "%.0f %.0f %.0f %.0f");
  report(snprintf(result, sizeof(result), format, 0.5, 1.5, 2.5, 3.5));
  strcpy(format, "%.3a %La %a");
  report(snprintf(result, sizeof(result), format, 1.0, 1.0L, 0x1.fffffffffffffp+1023));
}

int main(int argc, char **argv) {
  long scale = ref_scale(argc, argv);
  fixed_cases();
  for (long i = 0; i < 120000 * scale; i++)
    integer_case();
  for (long i = 0; i < 100000 * scale; i++)
    float_case(0, 40);
  for (long i = 0; i < 3000 * scale; i++)
    float_case(0, 1100);
  for (long i = 0; i < 30000 * scale; i++)
    float_case(1, 40);
  for (long i = 0; i < 30000 * scale; i++)
    string_case();
  ref_flush();
  return 0;
}
