#include "math_impl.h"
#include "math_tables.h"

// asin(x) = atan(x / sqrt(1 - x^2)) with 1 - x^2 = 1 - (x*x exactly) and
// the square root and the quotient as double-doubles.
double asin(double x) {
  double ax = __builtin_fabs(x);
  if (!(ax <= 1.0))
    return math_invalid(x);
  if (ax == 1.0) {
    double r = MATH_PIO2_HI + MATH_PIO2_LO;
    return x < 0 ? -r : r;
  }
  if (ax < 0x1p-27) {
    return math_tiny_identity(x);
  }
  double p, pe, u, ue, sh, sl, th, tl, lo;
  two_prod(ax, ax, &p, &pe);
  fast_two_sum(1.0, -p, &u, &ue);
  dd_sqrt(u, ue - pe, &sh, &sl);
  dd_div(ax, 0.0, sh, sl, &th, &tl);
  double r = __math_atan_kernel(th, tl, &lo);
  return x < 0 ? -r : r;
}
