#include "math_ld.h"
#include "math_ld_tables.h"

// Gamma(x) = sign * exp(lgamma(x)) with lgamma as a pair
// (__math_lgammal_dd, absolute error about 2^-70 below x = 1756), the
// exponential from __math_exp2l_k and one rounding (ld_scale_dd, also for
// subnormal results).  Tiny x: 1/x (gamma x is below 2^-70 relative).
long double tgammal(long double x) {
  if (isnan(x))
    return x + x;
  if (isinf(x))
    return x > 0 ? x : math_invalidl(x);
  if (x == 0) {
    errno = ERANGE;
    return (__builtin_signbit(x) ? -1.0L : 1.0L) / (volatile long double){0.0L};
  }
  if (x < 0 && x == truncl(x))
    return math_invalidl(x);
  if (x > 1755.5L)
    return math_oflowl();
  if (__builtin_fabsl(x) < 0x1p-70L) {
    long double r = 1 / x;
    if (isinf(r))
      errno = ERANGE;
    return r;
  }
  int sign;
  long double lo, h = __math_lgammal_dd(x, &lo, &sign);
  if (h < -11500.0L) {
    long double r = math_uflowl();
    return sign < 0 ? -r : r;
  }
  ldd_mul(h, lo, MATHL_INVLN2_HI, MATHL_INVLN2_LO, &h, &lo);
  int n;
  h = __math_exp2l_k(h, lo, &lo, &n);
  long double r = ld_scale_dd(h, lo, n);
  return sign < 0 ? -r : r;
}
