#include "math_ld.h"

// lgamma of the argument rounded to double (a double-double for x > 0),
// corrected to first order by digamma(x) * (x - (double)x); beyond the
// double range, Stirling's formula (relative accuracy is all that is left
// there).  See docs/libm-accuracy.md for the error.
long double lgammal_r(long double x, int *sign) {
  *sign = 1;
  if (isnan(x))
    return x + x;
  if (isinf(x))
    return x * x;
  long double ax = __builtin_fabsl(x);
  if (ax < 0x1p-1000L) {
    if (x == 0) {
      *sign = __builtin_signbit(x) ? -1 : 1;
      errno = ERANGE;
      return 1.0L / (volatile long double){0.0L};
    }
    if (x < 0)
      *sign = -1;
    return -logl(ax);
  }
  if (x > 0x1p1000L)
    return (x - 0.5L) * logl(x) - x + 0.918938533204672741780L;
  if (x < -0x1p62L || (x < 0 && x == truncl(x))) {
    errno = ERANGE;
    return 1.0L / (volatile long double){0.0L};
  }
  double xd = (double)x;
  long double dx = x - xd;
  long double r;
  if (xd > 0) {
    double lo;
    double h = __math_lgamma_pos(xd, &lo);
    r = (long double)h + lo;
  } else {
    if (xd == (double)(int64_t)xd) {  // x is near a pole: use x itself
      r = logl(3.14159265358979323846L /
               __builtin_fabsl(sinl(3.14159265358979323846L * (x - roundl(x))))) -
          lgammal_r(1 - x, sign);
      // sign(Gamma(x)) = sign(sin(pi x)) = (-1)^n sign(sin(pi (x - n))).
      int neg = sinl(3.14159265358979323846L * (x - roundl(x))) < 0;
      *sign = (neg != (int)((int64_t)roundl(x) & 1)) ? -1 : 1;
      return r;
    }
    r = lgamma_r(xd, sign);
  }
  if (dx != 0)
    r += __math_digammal(xd) * dx;
  return r;
}
