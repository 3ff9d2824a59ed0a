#include "math_impl.h"

double y0(double x) {
  double r, lo;
  if (math_bessel_y_special(x, &r))
    return r;
  return __math_bessel(2, x, &lo);
}
