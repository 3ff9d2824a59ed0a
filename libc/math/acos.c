#include "math_impl.h"
#include "math_tables.h"

// acos(x) = atan(sqrt(1 - x^2) / |x|), or pi minus it for x < 0, all as
// double-doubles.
double acos(double x) {
  double ax = __builtin_fabs(x);
  if (!(ax <= 1.0))
    return math_invalid(x);
  if (x == 1.0)
    return 0.0;
  if (x == -1.0)
    return MATH_PI_HI + MATH_PI_LO;
  if (ax < 0x1p-60)
    return MATH_PIO2_HI + MATH_PIO2_LO;
  double p, pe, u, ue, sh, sl, th, tl, lo;
  two_prod(ax, ax, &p, &pe);
  fast_two_sum(1.0, -p, &u, &ue);
  dd_sqrt(u, ue - pe, &sh, &sl);
  dd_div(sh, sl, ax, 0.0, &th, &tl);
  double a = __math_atan_kernel(th, tl, &lo);
  if (x > 0)
    return a;
  double s, e;
  fast_two_sum(MATH_PI_HI, -a, &s, &e);
  return s + (e + MATH_PI_LO - lo);
}
