#include <stdint.h>
#include <stdlib.h>

#include "strtod_impl.h"

// long double is the x87 80-bit format: 64-bit significand with an
// explicit integer bit.  10^0 .. 10^27 are exact in it (5^27 < 2^64).
static const long double pow10[28] = {
    1e0L,  1e1L,  1e2L,  1e3L,  1e4L,  1e5L,  1e6L,  1e7L,  1e8L,  1e9L,
    1e10L, 1e11L, 1e12L, 1e13L, 1e14L, 1e15L, 1e16L, 1e17L, 1e18L, 1e19L,
    1e20L, 1e21L, 1e22L, 1e23L, 1e24L, 1e25L, 1e26L, 1e27L,
};

long double strtold(const char *restrict s, char **restrict endptr) {
  struct strtofloat_scan sc;
  const char *end;
  __strtofloat_scan(s, &end, &sc);
  if (endptr != NULL)
    *endptr = (char *)end;
  // Clinger's fast path; relies on the x87 precision control being set to
  // 64 bits, the default.
  if (sc.kind == STRTOFLOAT_DECIMAL && !sc.more && sc.e10 >= -27 &&
      sc.e10 <= 27) {
    // The sign goes in first, so that directed rounding modes apply to
    // the signed value.  Zero must not take the unsigned conversion
    // sequence, whose addition gives -0 when rounding down.
    long double v = sc.w <= INT64_MAX ? (long double)(int64_t)sc.w
                                      : (long double)sc.w;
    v = sc.neg ? -v : v;
    return sc.e10 < 0 ? v / pow10[-sc.e10] : v * pow10[sc.e10];
  }
  static const struct strtofloat_format format = STRTOLD_FORMAT;
  struct strtofloat_result r;
  __strtofloat_convert(&sc, &format, &r);
  union {
    long double ld;
    struct {
      uint64_t mant;
      uint16_t sign_exp;
    } bits;
  } u = {.bits = {r.mant, (uint16_t)((unsigned)r.neg << 15 | (unsigned)r.exp)}};
  // Infinities and NaNs have the explicit integer bit set as well.
  if (r.exp == 0x7fff)
    u.bits.mant |= (uint64_t)1 << 63;
  return u.ld;
}
