#include "math_ld.h"

// The argument is reduced exactly (__math_rem_pio2l) to y + yl, |y| <=
// pi/4, then sin or cos of the pair by the series kernels.
long double sinl(long double x) {
  if (isnan(x) || isinf(x))
    return math_invalidl(x);
  // sin x = x (1 - x^2/6): x rounded, inexact unless x is 0.
  if (__builtin_fabsl(x) < 0x1p-32L)
    return x == 0 ? x : x - x * 0x1p-70L;
  long double y, yl;
  int n = __math_rem_pio2l(x, &y, &yl);
  switch (n & 3) {
    case 0: return __math_sinl_k(y, yl);
    case 1: return __math_cosl_k(y, yl);
    case 2: return -__math_sinl_k(y, yl);
    default: return -__math_cosl_k(y, yl);
  }
}
