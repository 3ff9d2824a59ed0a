#include "math_impl.h"
#include "math_tables.h"

// 2^x = 2^n * exp(r*ln2), n = round(x), r = x - n exact.
double exp2(double x) {
  if (!(x < 1024.0)) {
    if (isnan(x) || isinf(x))
      return x + x;
    return math_oflow(0);
  }
  if (x < -1075.0) {
    if (isinf(x))
      return 0.0;
    return math_uflow(0);
  }
  if (__builtin_fabs(x) < 0x1p-54)
    return 1.0 + x;
  double nd = x + 0x1.8p52;
  nd -= 0x1.8p52;
  double r = x - nd;
  double zh, zl;
  two_prod(r, MATH_LN2_HI, &zh, &zl);
  zl += r * MATH_LN2_LO;
  int k;
  double lo;
  double hi = __math_exp_kernel(zh, zl, &k, &lo);
  k += (int)nd;
  if (k < -1021)
    return math_scale_tiny(hi, k);
  return math_scale(hi, k);
}
