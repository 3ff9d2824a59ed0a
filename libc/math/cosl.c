#include "math_ld.h"

// As sinl: exact reduction, then the series kernels on the pair.
long double cosl(long double x) {
  if (isnan(x) || isinf(x))
    return math_invalidl(x);
  // cos x = 1 - x^2/2 rounds to 1, inexact unless x is 0 (a volatile
  // term, so the subtraction happens at run time, without underflow).
  if (__builtin_fabsl(x) < 0x1p-33L) {
    volatile long double tiny = x == 0 ? 0 : 0x1p-70L;
    return 1.0L - tiny;
  }
  long double y, yl;
  int n = __math_rem_pio2l(x, &y, &yl);
  switch (n & 3) {
    case 0: return __math_cosl_k(y, yl);
    case 1: return -__math_sinl_k(y, yl);
    case 2: return -__math_cosl_k(y, yl);
    default: return __math_sinl_k(y, yl);
  }
}
