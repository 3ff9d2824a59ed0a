#include "math_impl.h"

double j1(double x) {
  double ax = __builtin_fabs(x);
  if (!(ax < INFINITY))
    return isnan(x) ? x + x : 0.0;
  if (ax < 0x1p-27) {  // x/2 - x^3/16: x/2 rounded towards zero
    if (ax == 0)
      return x;
    math_force_eval(1.0 + ax);
    if (ax >= 0x1p-1021)
      return 0.5 * x;
    // x = bits * 2^-1074 here, and so is the truncated half.
    volatile double tiny = 0x1p-1022;
    errno = ERANGE;
    math_force_eval(tiny * 0x1p-60);
    double h = asdouble(asuint64(ax) >> 1);
    return x < 0 ? -h : h;
  }
  double lo, r = __math_bessel(1, ax, &lo);
  return x < 0 ? -r : r;
}
