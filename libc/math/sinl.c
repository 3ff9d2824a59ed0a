#include "math_ld.h"

// The argument is reduced exactly (__math_rem_pio2l), then fsin and fcos,
// which are accurate on [-pi/4, pi/4], with the reduction's low part as a
// first-order correction.
long double sinl(long double x) {
  if (isnan(x) || isinf(x))
    return math_invalidl(x);
  if (__builtin_fabsl(x) < 0x1p-32L)
    return x;
  long double y, yl;
  int n = __math_rem_pio2l(x, &y, &yl);
  long double s = x87_fsin(y), c = x87_fcos(y);
  switch (n) {
    case 0: return s + yl * c;
    case 1: return c - yl * s;
    case 2: return -(s + yl * c);
    default: return -(c - yl * s);
  }
}
