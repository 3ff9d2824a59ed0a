#include <stdint.h>
#include <stdlib.h>

#include "strtod_impl.h"

// 10^0 .. 10^10 are exact floats.
static const float pow10[11] = {
    1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f,
};

float strtof(const char *restrict s, char **restrict endptr) {
  struct strtofloat_scan sc;
  const char *end;
  __strtofloat_scan(s, &end, &sc);
  if (endptr != NULL)
    *endptr = (char *)end;
  // Clinger's fast path in float arithmetic (FLT_EVAL_METHOD is 0).
  if (sc.kind == STRTOFLOAT_DECIMAL && !sc.more &&
      sc.w <= (uint64_t)1 << 24 && sc.e10 >= -10 && sc.e10 <= 10) {
    // The sign goes in first, so that directed rounding modes apply to
    // the signed value.
    float v = (float)(int64_t)sc.w;  // exact; unsigned conversion can
    v = sc.neg ? -v : v;             // give -0 when rounding down
    return sc.e10 < 0 ? v / pow10[-sc.e10] : v * pow10[sc.e10];
  }
  static const struct strtofloat_format format = STRTOF_FORMAT;
  struct strtofloat_result r;
  __strtofloat_convert(&sc, &format, &r);
  union {
    uint32_t i;
    float f;
  } u = {.i = (uint32_t)r.neg << 31 | (uint32_t)r.exp << 23 |
              ((uint32_t)r.mant & ((1u << 23) - 1))};
  return u.f;
}
