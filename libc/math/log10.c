#include "math_impl.h"
#include "math_tables.h"

// The logarithm as a double-double times 1/ln10 as a double-double: exact
// powers give exact results.
double log10(double x) {
  if (!(x > 0.0)) {
    if (x == 0.0)
      return math_divzero(1);
    return math_invalid(x);
  }
  if (isinf(x))
    return x;
  double lo;
  double hi = __math_log_kernel(x, &lo);
  double rh, rl;
  dd_mul(hi, lo, MATH_INVLN10_HI, MATH_INVLN10_LO, &rh, &rl);
  return rh;
}
