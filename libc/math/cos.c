#include "math_impl.h"

double cos(double x) {
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  if (ix >= 0x7ff0000000000000ULL)
    return math_invalid(x);
  if (ix < 0x3e40000000000000ULL) {  // |x| < 2^-27: cos(x) = 1 (inexact)
    math_force_eval(x + 0x1p-1000);
    return 1.0;
  }
  double yh, yl;
  int n = __math_rem_pio2(x, &yh, &yl);
  switch (n) {
    case 0: return __math_cos_kernel(yh, yl);
    case 1: return -__math_sin_kernel(yh, yl);
    case 2: return -__math_cos_kernel(yh, yl);
    default: return __math_sin_kernel(yh, yl);
  }
}
