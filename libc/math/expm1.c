#include "math_impl.h"

double expm1(double x) {
  if (!(x < 0x1.62e42fefa39efp+9)) {
    if (isnan(x) || isinf(x))
      return x + x;
    return math_oflow(0);
  }
  if (x < -40.0) {  // -1 + exp(x), exp(x) < 2^-57
    math_force_eval(x + 0x1p1000);
    return -1.0;
  }
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  if (ix < 0x3c90000000000000ULL) {  // |x| < 2^-54
    if (ix != 0 && ix < 0x0010000000000000ULL)
      errno = ERANGE, math_force_eval(x * x);
    return x;
  }
  double lo;
  return __math_expm1_kernel(x, &lo);
}
