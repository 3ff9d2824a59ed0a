#include "math_impl.h"

// Exact in double for |n| <= 400, then one rounding to float.
float scalbnf(float x, int n) {
  if (n > 400)
    n = 400;
  else if (n < -400)
    n = -400;
  double r = (double)x * asdouble((uint64_t)(0x3ff + n) << 52);
  if (x == 0 || !isfinite(x))
    return x + x;
  return math_narrowf(r);
}
