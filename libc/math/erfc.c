#include "math_fast.h"

double erfc(double x) {
  if (isnan(x))
    return x + x;
  if (isinf(x))
    return x > 0 ? 0.0 : 2.0;
  double ax = __builtin_fabs(x), lo, a, ae;
  if (ax < 0.25) {
    double h = __math_erf_small(x, &lo);
    fast_two_sum(1.0, -h, &a, &ae);
    return a + (ae - lo);
  }
  if (x > 27.3)
    return math_uflow(0);
  if (x < -6.0)
    return 2.0 - 0x1p-1000;
  int k;
  double h = __math_erfc_dd(ax, &k, &lo);
  if (x > 0) {
    if (k > -1000)
      return math_scale(h, k);
    // Perhaps subnormal (x > 26.5): rounded once, with lo, from h scaled
    // into [1, 2).
    int m = (int)(asuint64(h) >> 52) - 0x3ff;
    double s = asdouble((uint64_t)(0x3ff - m) << 52);
    return math_scale_tiny_dd(h * s, lo * s, k + m);
  }
  double s = asdouble((uint64_t)(0x3ff + k) << 52);
  fast_two_sum(2.0, -h * s, &a, &ae);
  return a + (ae - lo * s);
}
