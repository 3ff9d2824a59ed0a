#include "math_ld.h"

// The argument is reduced exactly (__math_rem_pio2l); fptan is accurate on
// [-pi/4, pi/4]; tan(y + yl) = tan(y) + yl*(1 + tan^2 y); odd quadrants
// give -1/tan.
long double tanl(long double x) {
  if (isnan(x) || isinf(x))
    return math_invalidl(x);
  if (__builtin_fabsl(x) < 0x1p-32L)
    return x;
  long double y, yl;
  int n = __math_rem_pio2l(x, &y, &yl);
  long double t = y;
  __asm__("fptan\n\tfstp %%st(0)" : "+t"(t));
  t += yl * (1.0L + t * t);
  return (n & 1) ? -1.0L / t : t;
}
