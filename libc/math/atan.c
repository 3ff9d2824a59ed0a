#include "math_impl.h"
#include "math_tables.h"

double atan(double x) {
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  if (ix > 0x7ff0000000000000ULL)
    return x + x;
  double ax = __builtin_fabs(x);
  if (ix >= 0x4350000000000000ULL) {  // |x| >= 2^54: pi/2 rounded
    double r = MATH_PIO2_HI + MATH_PIO2_LO;
    return x < 0 ? -r : r;
  }
  if (ix < 0x3e30000000000000ULL) {  // |x| < 2^-28: atan(x) = x (inexact)
    if (ix != 0)
      math_force_eval(x + 0x1p-1000);
    if (ix != 0 && ix < 0x0010000000000000ULL)
      errno = ERANGE, math_force_eval(x * x);
    return x;
  }
  double lo;
  double r = __math_atan_kernel(ax, 0.0, &lo);
  return x < 0 ? -r : r;
}
