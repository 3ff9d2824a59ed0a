#include "math_impl.h"
#include "math_tables.h"

// sin or cos of yh + yl (|y| <= pi/4) as a double-double.
double __math_sincos_dd(double yh, double yl, int cosine, double *lo) {
  double z, ze, h;
  two_prod(yh, yh, &z, &ze);
  if (!cosine) {
    // y + y^3 (-1/6 + z P(z)): the y^3/6 term (up to 0.08 y) as a
    // double-double, so that the result is good to about 2^-60.
    const double *c = math_sin_coef;
    double p = c[8];
    for (int i = 7; i >= 1; i--)
      p = p * z + c[i];
    double y3, y3e, th, tl;
    two_prod(z, yh, &y3, &y3e);
    y3e += ze * yh;
    dd_mul(y3, y3e, c[0], -0x1.5555555555555p-57, &th, &tl);
    tl += y3 * (z * p) + yl * (1.0 - z * (0.5 - z * (1.0 / 24)));  // + yl cos(y)
    double e;
    fast_two_sum(yh, th, &h, &e);
    fast_two_sum(h, e + tl, &h, lo);
    return h;
  }
  // 1 - z/2 + z^2 (1/24 + z P(z)), the z^2/24 term as a double-double.
  const double *c = math_cos_coef;
  double p = c[8];
  for (int i = 7; i >= 1; i--)
    p = p * z + c[i];
  double z2, z2e, th, tl;
  two_prod(z, z, &z2, &z2e);
  z2e += 2 * z * ze;
  dd_mul(z2, z2e, c[0], 0x1.5555555555555p-59, &th, &tl);
  double w, we, e;
  fast_two_sum(1.0, -0.5 * z, &w, &we);
  fast_two_sum(w, th, &h, &e);
  // - yl sin(y)
  fast_two_sum(h, e + we - 0.5 * ze + tl + z2 * (z * p) - yh * yl * (1.0 - z * (1.0 / 6)),
               &h, lo);
  return h;
}
