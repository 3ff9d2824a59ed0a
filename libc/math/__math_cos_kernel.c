#include "math_impl.h"
#include "math_tables.h"

// cos(yh + yl) = 1 - y^2/2 + y^4*C(y^2) - yh*yl, with 1 - yh^2/2 summed
// exactly (two_prod and fast_two_sum).
double __math_cos_kernel(double yh, double yl) {
  double z, ze;
  two_prod(yh, yh, &z, &ze);
  const double *c = math_cos_coef;
  double p = c[8];
  for (int i = 7; i >= 0; i--)
    p = p * z + c[i];
  double w, we;
  fast_two_sum(1.0, -0.5 * z, &w, &we);
  return w + (we - 0.5 * ze + (z * z) * p - yh * yl);
}
