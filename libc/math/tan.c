#include "math_fast.h"

// Outside the fast range: apart, so that the fast path needs no stack
// frame.
static __attribute__((noinline)) double tan_slow(double x) {
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  double yh, yl;
  if (ix >= 0x7ff0000000000000ULL)
    return math_invalid(x);
  if (ix < 0x3e30000000000000ULL) {  // |x| < 2^-28: tan(x) = x (inexact)
    return math_tiny_identity(x);
  }
  int n = __math_rem_pio2(x, &yh, &yl);
  return math_tan_fast(yh, yl, n & 1);
}

// Cody-Waite reduction below 1.5*2^20, Payne-Hanek above, then
// math_tan_fast (a table of tan and -cot, or polynomials near 0).
double tan(double x) {
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  double yh, yl;
  if (__builtin_expect(ix - 0x3e30000000000000ULL <
                           0x4138000000000000ULL - 0x3e30000000000000ULL, 1)) {
    int n = math_rem_pio2_cw(x, &yh, &yl);
    return math_tan_fast(yh, yl, n & 1);
  }
  return tan_slow(x);
}
