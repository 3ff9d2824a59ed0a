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
    if (ix != 0)
      math_force_eval(x + 0x1p-1000);
    if (ix != 0 && ix < 0x0010000000000000ULL)
      errno = ERANGE, math_force_eval(x * x);
    return x;
  }
  double lo;
  double r = __math_atan_kernel(ax, 0.0, &lo);
  return x < 0 ? -r : r;
}

// For 2^-28 <= |x| < 2^54: atan(|x|) = math_atan_dd(|x|) up to 1, and
// pi/2 - atan(1/|x|) above, with 1/|x| as a double-double (its residual
// from an exact product).
double atan(double x) {
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  if (__builtin_expect(ix - 0x3e30000000000000ULL <
                           0x4350000000000000ULL - 0x3e30000000000000ULL, 1)) {
    double a = __builtin_fabs(x), q = a, ql = 0.0;
    int inv = a > 1.0;
    if (inv) {
      double p, pe;
      q = 1.0 / a;
      two_prod(q, a, &p, &pe);
      ql = ((1.0 - p) - pe) * q;
    }
    double lo, hi = math_atan_dd(q, ql, &lo), r;
    if (inv) {
      double s, e;
      fast_two_sum(MATH_PIO2_HI, -hi, &s, &e);
      r = s + ((e + MATH_PIO2_LO) - lo);
    } else {
      r = hi + lo;
    }
    return x < 0 ? -r : r;
  }
  return atan_slow(x);
}
