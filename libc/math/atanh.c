#include "math_impl.h"

// atanh(x) = log1p(2a / (1 - a)) / 2 with the quotient as a double-double.
double atanh(double x) {
  double ax = __builtin_fabs(x);
  if (isnan(x))
    return x + x;
  if (ax > 1.0)
    return math_invalid(x);
  if (ax == 1.0)
    return math_divzero(x < 0);
  if (ax < 0x1p-28) {
    return math_tiny_identity(x);
  }
  double qh, ql, lo;
  dd_div(2 * ax, 0.0, 1.0 - ax, 0.0, &qh, &ql);  // 1 - a exact for a >= 1/2
  if (ax < 0.5) {
    double dh, dl;
    fast_two_sum(1.0, -ax, &dh, &dl);
    dd_div(2 * ax, 0.0, dh, dl, &qh, &ql);
  }
  double r = 0.5 * __math_log1p_kernel(qh, ql, &lo);
  return x < 0 ? -r : r;
}
