#include "math_impl.h"
#include "math_tables.h"

// sin or cos of yh + yl (|y| <= pi/4) as a double-double.
double __math_sincos_dd(double yh, double yl, int cosine, double *lo) {
  double z, ze, h;
  two_prod(yh, yh, &z, &ze);
  if (!cosine) {
    const double *c = math_sin_coef;
    double p = c[8];
    for (int i = 7; i >= 0; i--)
      p = p * z + c[i];
    fast_two_sum(yh, (z * yh) * p + yl * (1.0 - 0.5 * z), &h, lo);
    return h;
  }
  const double *c = math_cos_coef;
  double p = c[8];
  for (int i = 7; i >= 0; i--)
    p = p * z + c[i];
  double w, we;
  fast_two_sum(1.0, -0.5 * z, &w, &we);
  fast_two_sum(w, we - 0.5 * ze + (z * z) * p - yh * yl, &h, lo);
  return h;
}
