#include "math_ld.h"

// The double cube root of the mantissa (exponent a multiple of 3 taken out)
// refined by a Newton step in extended precision.  An exact cube root
// (at most 21 significant bits, y^3 == m exactly) leaves the inexact flag as
// it was.
long double cbrtl(long double x) {
  if (x == 0 || isnan(x) || isinf(x))
    return x + x;
  int was_inexact = math_inexact_raised();
  union math_ldshape u = {__builtin_fabsl(x)};
  int e = (u.i.se & 0x7fff) - 16383;
  if ((u.i.se & 0x7fff) == 0) {  // subnormal
    u.f *= 0x1p120L;
    e = (u.i.se & 0x7fff) - 16383 - 120;
  }
  int q = e >= 0 ? e / 3 : -((-e + 2) / 3);
  int r = e - 3 * q;  // 0, 1 or 2
  u.i.se = (uint16_t)(16383 + r);
  long double m = u.f;  // in [1, 8)
  // y0, the double cube root, within 2^-52: one Newton step leaves an
  // error near 2^-104, with the residual y0^3 - m from y0 = yh + yl, yh of
  // 21 bits: yh^3 and yh^3 - m are exact, the rest is 2^-19 of m, rounded
  // well below the 2^-52 residual.  y0 - d is the only large rounding.
  long double y0 = cbrt((double)m);
  long double c = 0x1p43L * y0 + y0, yh = c - (c - y0), yl = y0 - yh;
  long double res =
      (yh * yh * yh - m) + yl * (3 * yh * yh + yl * (3 * yh + yl));
  long double y = y0 - res / (3 * y0 * y0);
  union math_ldshape v = {y};
  if (res == 0 && (v.i.m & 0x7ffffffffffULL) == 0 && y * y * y == m &&
      !was_inexact)
    math_inexact_clear();  // y^3 has at most 63 bits: computed exactly
  y = scalbnl(y, q);
  return x < 0 ? -y : y;
}
