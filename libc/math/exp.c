#include "math_impl.h"

double exp(double x) {
  if (!(x < 0x1.62e42fefa39efp+9)) {  // x >= log(2^1024) or NaN
    if (isnan(x) || isinf(x))
      return x + x;
    return math_oflow(0);
  }
  if (x < -0x1.74910d52d3051p+9) {  // exp(x) < 2^-1075: rounds to 0
    if (isinf(x))
      return 0.0;
    return math_uflow(0);
  }
  if (__builtin_fabs(x) < 0x1p-54)
    return 1.0 + x;
  int k;
  double lo;
  double hi = __math_exp_kernel(x, 0.0, &k, &lo);
  if (k < -1021)
    return math_scale_tiny(hi, k);
  return math_scale(hi, k);
}
