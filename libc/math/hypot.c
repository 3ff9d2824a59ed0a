#include "math_impl.h"

// sqrt(a^2 + b^2) with the squares exact (two_prod), their sum and the root
// as double-doubles; scaled by 2^+-600 away from overflow and underflow.
double hypot(double x, double y) {
  if (isinf(x) || isinf(y))
    return __builtin_inf();
  if (isnan(x) || isnan(y))
    return x + y;
  double a = __builtin_fabs(x), b = __builtin_fabs(y);
  if (a < b) {
    double t = a;
    a = b;
    b = t;
  }
  if (b == 0)
    return a;
  int ea = (int)(asuint64(a) >> 52), eb = (int)(asuint64(b) >> 52);
  if (ea - eb > 60)
    return a + b;
  double s = 1.0;
  if (a > 0x1p500) {
    a *= 0x1p-600;
    b *= 0x1p-600;
    s = 0x1p600;
  } else if (b < 0x1p-500) {
    a *= 0x1p600;
    b *= 0x1p600;
    s = 0x1p-600;
  }
  double ah, al, bh, bl, sh, sl, rh, rl;
  two_prod(a, a, &ah, &al);
  two_prod(b, b, &bh, &bl);
  dd_add(ah, al, bh, bl, &sh, &sl);
  dd_sqrt(sh, sl, &rh, &rl);
  double r = rh * s;
  if (isinf(r))
    errno = ERANGE;
  return r;
}
