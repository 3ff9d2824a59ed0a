#include "math_fast.h"

// Outside the fast range: apart, so that the fast path needs no stack
// frame.
static __attribute__((noinline)) double cos_slow(double x) {
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  double yh, yl;
  if (ix >= 0x7ff0000000000000ULL)
    return math_invalid(x);
  if (ix < 0x3e40000000000000ULL) {  // |x| < 2^-27: cos(x) = 1 (inexact)
    math_force_eval(x + 0x1p-1000);
    return 1.0;
  }
  int n = __math_rem_pio2(x, &yh, &yl);
  return math_sin_quadrant(n, yh, yl, 1);
}

// Cody-Waite reduction below 1.5*2^20, Payne-Hanek above, and the
// polynomials of math_sincos_fast.
double cos(double x) {
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  double yh, yl;
  if (__builtin_expect(ix - 0x3e40000000000000ULL <
                           0x4138000000000000ULL - 0x3e40000000000000ULL, 1)) {
    int n = math_rem_pio2_cw(x, &yh, &yl);
    return math_sin_quadrant(n, yh, yl, 1);
  }
  return cos_slow(x);
}
