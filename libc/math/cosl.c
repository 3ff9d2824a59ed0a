#include "math_ld.h"

// As sinl: exact reduction, then the series kernels on the pair.
long double cosl(long double x) {
  if (isnan(x) || isinf(x))
    return math_invalidl(x);
  if (__builtin_fabsl(x) < 0x1p-33L)
    return 1.0L;
  long double y, yl;
  int n = __math_rem_pio2l(x, &y, &yl);
  switch (n & 3) {
    case 0: return __math_cosl_k(y, yl);
    case 1: return -__math_sinl_k(y, yl);
    case 2: return -__math_cosl_k(y, yl);
    default: return __math_sinl_k(y, yl);
  }
}
