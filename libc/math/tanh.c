#include "math_impl.h"

// tanh(x) = t / (t + 2), t = expm1(2|x|) as a double-double.
double tanh(double x) {
  double ax = __builtin_fabs(x);
  if (isnan(x))
    return x + x;
  double r;
  if (ax > 22.0) {
    r = 1.0 - 0x1p-1000;  // inexact
  } else if (ax < 0x1p-28) {
    return math_tiny_identity(x);
  } else {
    double tl, rl, dh, dl;
    double th = __math_expm1_kernel(2 * ax, &tl);
    fast_two_sum(2.0, th, &dh, &dl);
    if (th > 2.0)
      fast_two_sum(th, 2.0, &dh, &dl);
    dd_div(th, tl, dh, dl + tl, &r, &rl);
  }
  return x < 0 ? -r : r;
}
