#include "math_impl.h"

double j0(double x) {
  double ax = __builtin_fabs(x);
  if (!(ax < INFINITY))
    return isnan(x) ? x + x : 0.0;
  if (ax < 0x1p-27) {  // 1 - x^2/4 rounds to 1
    if (ax != 0)
      math_force_eval(1.0 + ax);
    return 1.0;
  }
  double lo;
  return __math_bessel(0, ax, &lo);
}
