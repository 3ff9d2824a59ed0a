#include "math_ld.h"

// tgamma of the argument rounded to double times 1 + digamma*(x - (double)x)
// below 170; above, Stirling's formula in extended precision with the power
// split in halves (x^((x-1/2)/2) e^(-x/2), squared) so that nothing
// overflows early; below -170, the reflection formula.  See
// docs/libm-accuracy.md for the error.
long double tgammal(long double x) {
  if (isnan(x))
    return x + x;
  if (isinf(x))
    return x > 0 ? x : math_invalidl(x);
  if (x == 0) {
    errno = ERANGE;
    return (__builtin_signbit(x) ? -1.0L : 1.0L) / (volatile long double){0.0L};
  }
  if (x < 0 && x == truncl(x))
    return math_invalidl(x);
  if (x > 1755.5L)
    return math_oflowl();
  if (x > 170.0L) {
    long double u = 1 / x;
    long double s = u * (1.0L / 12 - u * u * (1.0L / 360 - u * u / 1260));
    long double p = powl(x, (x - 0.5L) * 0.5L) * expl(-0.5L * x);
    long double r = p * (2.50662827463100050242L * expl(s)) * p;
    if (isinf(r))
      errno = ERANGE;
    return r;
  }
  if (x < -170.0L) {
    if (x < -1800.0L)
      return math_uflowl() * (sinl(3.14159265358979323846L * (x - roundl(x))) > 0 ? 1 : -1);
    long double sp = sinl(3.14159265358979323846L * (x - roundl(x)));
    if ((int64_t)roundl(x) & 1)
      sp = -sp;
    long double g = tgammal(1 - x);
    return 3.14159265358979323846L / (sp * g);
  }
  if (__builtin_fabsl(x) < 0x1p-1000L)
    return 1 / x;
  double xd = (double)x;
  long double dx = x - xd;
  long double r = tgamma(xd);
  if (dx != 0) {
    if (xd == (double)(int64_t)xd)  // next to a pole: Gamma(x) ~ ... use x
      return 3.14159265358979323846L /
             (sinl(3.14159265358979323846L * (x - roundl(x))) *
              (((int64_t)roundl(x) & 1) ? -1 : 1) * tgammal(1 - x));
    r *= 1 + __math_digammal(xd) * dx;
  }
  return r;
}
