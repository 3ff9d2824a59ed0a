#include "math_ld.h"

// 1/2 <= x < 107: __math_erfcl_k, rounded once (also when subnormal, from
// x = 106.2 on); |x| < 1/2: 1 - erf(x); x <= -1/2: 2 - erfc(-x).
long double erfcl(long double x) {
  if (isnan(x))
    return x + x;
  long double ax = __builtin_fabsl(x), h, l;
  int n;
  if (ax < 0.5L) {
    h = __math_erfl_small(x, &l);
    ldd_add(1.0L, 0, -h, -l, &h, &l);
    return h + l;
  }
  if (x >= 107)
    return isinf(x) ? 0 : math_uflowl();
  if (x <= -7)
    return 2.0L - 0x1p-100L;
  h = __math_erfcl_k(ax, &l, &n);
  if (x > 0)
    return ld_scale_dd(h, l, n);
  ldd_add(2.0L, 0, -scalbnl(h, n), -scalbnl(l, n), &h, &l);
  return h + l;
}
