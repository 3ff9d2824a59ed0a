#include "math_impl.h"

double tan(double x) {
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  if (ix >= 0x7ff0000000000000ULL)
    return math_invalid(x);
  if (ix < 0x3e30000000000000ULL) {  // |x| < 2^-28: tan(x) = x (inexact)
    if (ix != 0)
      math_force_eval(x + 0x1p-1000);
    if (ix != 0 && ix < 0x0010000000000000ULL)
      errno = ERANGE, math_force_eval(x * x);
    return x;
  }
  double yh, yl;
  int n = __math_rem_pio2(x, &yh, &yl);
  return __math_tan_kernel(yh, yl, n & 1);
}
