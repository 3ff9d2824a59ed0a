#include "math_impl.h"
#include "math_bessel_tables.h"

double y1(double x) {
  double h, l;
  if (math_bessel_y_special(x, &h))
    return h;
  if (x < 0x1p-60) {
    // -2/(pi x) to within a relative 2^-113; scaled so that neither 1/x
    // nor the double-double division overflows.
    dd_div(MATH_2_OVER_PI_HI, MATH_2_OVER_PI_LO, x * 0x1p512, 0, &h, &l);
    h = -h * 0x1p512;
    if (isinf(h))
      errno = ERANGE;
    return h;
  }
  return __math_bessel(3, x, &l);
}
