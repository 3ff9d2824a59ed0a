#include "math_fast.h"

// Outside the fast range: apart, so that the fast path needs no stack
// frame.
static __attribute__((noinline)) double atan_slow(double x) {
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  if (ix > 0x7ff0000000000000ULL)
    return x + x;
  double ax = __builtin_fabs(x);
  if (ix >= 0x4350000000000000ULL) {  // |x| >= 2^54: pi/2 rounded
    double r = MATH_PIO2_HI + MATH_PIO2_LO;
    return x < 0 ? -r : r;
  }
  if (ix < 0x3e30000000000000ULL) {  // |x| < 2^-28: atan(x) = x (inexact)
    return math_tiny_identity(x);
  }
  // 2^27 <= |x| < 2^54: pi/2 - 1/|x|, the next term 1/(3|x|^3) is below
  // 2^-82.
  double r = MATH_PIO2_HI + (MATH_PIO2_LO - 1.0 / ax);
  return x < 0 ? -r : r;
}

// For 2^-28 <= |x| < 2^27: an odd polynomial below 1/8, above it the
// reduction of math_atan_fast.
double atan(double x) {
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  if (__builtin_expect(ix - 0x3e30000000000000ULL <
                           0x41a0000000000000ULL - 0x3e30000000000000ULL, 1)) {
    double a = __builtin_fabs(x), r;
    if (ix < 0x3fc0000000000000ULL)
      r = math_atan_small(a);
    else
      r = math_atan_fast(a);
    return x < 0 ? -r : r;
  }
  return atan_slow(x);
}
