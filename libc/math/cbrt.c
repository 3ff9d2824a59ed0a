#include "math_impl.h"

// |x| = 2^(3q) * t, t in [1, 8).  A first guess from the exponent bits
// divided by 3, three Halley steps, then one correction with the residual
// t - y^3 computed exactly as a double-double.  An exact cube root (y of at
// most 18 significant bits with y^3 == t exactly) leaves the inexact flag as
// it was.
double cbrt(double x) {
  if (x == 0 || !isfinite(x))
    return x + x;
  int was_inexact = math_inexact_raised();
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  int e = (int)(ix >> 52);
  if (e == 0) {
    ix = asuint64(asdouble(ix) * 0x1p54);
    e = (int)(ix >> 52) - 54;
  }
  e -= 1023;
  int q = e >= 0 ? e / 3 : -((-e + 2) / 3);
  int r = e - 3 * q;
  double t = asdouble((ix & 0x000fffffffffffffULL) | (uint64_t)(1023 + r) << 52);
  uint64_t one = 0x3ff0000000000000ULL;
  double y = asdouble(asuint64(t) / 3 + (one - one / 3));
  for (int i = 0; i < 3; i++) {
    double y3 = y * y * y;
    y = y * (y3 + 2 * t) / (2 * y3 + t);
  }
  double a, ae, ch, cl;
  two_prod(y, y, &a, &ae);
  dd_mul(a, ae, y, 0.0, &ch, &cl);
  y += ((t - ch) - cl) / (3 * y * y);
  if ((asuint64(y) & 0x7ffffffffULL) == 0 && !was_inexact) {
    double p, pe;
    two_prod(y * y, y, &p, &pe);  // y * y is exact (36 bits)
    if (p == t && pe == 0)
      math_inexact_clear();
  }
  y *= asdouble((uint64_t)(1023 + q) << 52);
  return x < 0 ? -y : y;
}
