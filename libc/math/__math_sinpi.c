#include "math_impl.h"
#include "math_tables.h"

// sin(pi*x) as a double-double for finite x: r = x - round(x) is exact,
// pi*r as a double-double, cos(pi*(1/2 - |r|)) beyond |r| = 1/4.
double __math_sinpi(double x, double *lo) {
  double n = x + 0x1.8p52;
  n -= 0x1.8p52;
  if (__builtin_fabs(x) >= 0x1p52)
    n = x;
  double r = x - n;
  int odd = __builtin_fabs(n) < 0x1p53 && ((int64_t)n & 1);
  double ar = __builtin_fabs(r);
  int cosine = ar > 0.25;
  double a = cosine ? 0.5 - ar : ar;
  double yh, yl, h, l;
  two_prod(a, MATH_PI_HI, &yh, &yl);
  yl += a * MATH_PI_LO;
  h = __math_sincos_dd(yh, yl, cosine, &l);
  if ((r < 0) != odd) {
    h = -h;
    l = -l;
  }
  *lo = l;
  return h;
}
