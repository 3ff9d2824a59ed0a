#include "math_impl.h"
#include "math_tables.h"

// sin(yh + yl) = sin(yh) + yl*cos(yh) to the needed order, with
// sin(y) = y + y^3*S(y^2), S the Taylor series to y^19/19!.
double __math_sin_kernel(double yh, double yl) {
  double z = yh * yh;
  const double *c = math_sin_coef;
  double p = c[8];
  for (int i = 7; i >= 0; i--)
    p = p * z + c[i];
  return yh + ((z * yh) * p + yl * (1.0 - 0.5 * z));
}
