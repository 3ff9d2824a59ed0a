#include "math_impl.h"

double log1p(double x) {
  if (!(x > -1.0)) {
    if (x == -1.0)
      return math_divzero(1);
    return math_invalid(x);
  }
  if (isinf(x))
    return x;
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  if (ix < 0x3c90000000000000ULL) {  // |x| < 2^-54
    return math_tiny_identity(x);
  }
  double lo;
  return __math_log1p_kernel(x, 0.0, &lo);
}
