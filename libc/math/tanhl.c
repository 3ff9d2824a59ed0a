#include "math_ld.h"

// tanh(x) = t/(t + 2), t = expm1(2|x|).
long double tanhl(long double x) {
  long double ax = __builtin_fabsl(x), r;
  if (isnan(x))
    return x + x;
  if (ax < 0x1p-33L)
    return x;
  if (ax > 23.0L) {
    r = 1.0L;
  } else if (ax < 0.625L) {
    // sinh/cosh from their Taylor series: one division.
    r = (ax + ld_sinh_m_x(ax)) / (1.0L + ld_cosh_m_1(ax));
  } else {
    long double t = expm1l(2.0L * ax);
    r = t / (t + 2.0L);
  }
  return x < 0 ? -r : r;
}
