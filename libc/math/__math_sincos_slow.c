#include "math_fast.h"

// sin (q = 0) or cos (q = 1) outside the fast range of sin.c and cos.c:
// NaN and infinities, |x| < 2^-27, and Payne-Hanek from 1.5*2^20 on.  A
// function of its own, so that the fast paths need no stack frame.
double __math_sincos_slow(double x, int q) {
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  double yh, yl;
  if (ix >= 0x7ff0000000000000ULL)
    return math_invalid(x);
  if (ix < 0x3e40000000000000ULL) {
    if (!q)  // sin(x) = x (inexact)
      return math_tiny_identity(x);
    math_force_eval(x + 0x1p-1000);  // cos(x) = 1 (inexact)
    return 1.0;
  }
  int n = __math_rem_pio2(x, &yh, &yl);
  return math_sin_quadrant(n, yh, yl, q);
}
