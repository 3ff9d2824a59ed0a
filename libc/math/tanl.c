#include "math_ld.h"

// tan(y + yl) = tan(y) + yl*(1 + tan^2 y); odd quadrants -1/tan.
long double tanl(long double x) {
  if (isnan(x) || isinf(x))
    return math_invalidl(x);
  if (__builtin_fabsl(x) < 0x1p-32L)
    return x;
  long double y, yl;
  int n = __math_rem_pio2l(x, &y, &yl);
  long double s = x87_fsin(y), c = x87_fcos(y);
  long double t = s / c;
  t += yl * (1.0L + t * t);
  return (n & 1) ? -1.0L / t : t;
}
