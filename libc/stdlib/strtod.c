#include <stdint.h>
#include <stdlib.h>

#include "strtod_impl.h"

// 10^0 .. 10^22 are exact doubles.
static const double pow10[23] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

double strtod(const char *restrict s, char **restrict endptr) {
  struct strtofloat_scan sc;
  const char *end;
  __strtofloat_scan(s, &end, &sc);
  if (endptr != NULL)
    *endptr = (char *)end;
  // Clinger's fast path: w and 10^|e10| are exact, so one correctly
  // rounded operation gives the correctly rounded result.
  if (sc.kind == STRTOFLOAT_DECIMAL && !sc.more &&
      sc.w <= (uint64_t)1 << 53 && sc.e10 >= -22 && sc.e10 <= 22) {
    // The sign goes in first, so that directed rounding modes apply to
    // the signed value.
    double v = (double)(int64_t)sc.w;  // exact; unsigned conversion can
    v = sc.neg ? -v : v;               // give -0 when rounding down
    return sc.e10 < 0 ? v / pow10[-sc.e10] : v * pow10[sc.e10];
  }
  static const struct strtofloat_format format = STRTOD_FORMAT;
  struct strtofloat_result r;
  __strtofloat_convert(&sc, &format, &r);
  union {
    uint64_t i;
    double d;
  } u = {.i = (uint64_t)r.neg << 63 | (uint64_t)r.exp << 52 |
              (r.mant & (((uint64_t)1 << 52) - 1))};
  return u.d;
}
