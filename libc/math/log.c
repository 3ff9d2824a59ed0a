#include "math_fast.h"

// Outside the fast range: apart, so that the fast path needs no stack
// frame.
static __attribute__((noinline)) double log_slow(double x) {
  if (!(x > 0.0)) {
    if (x == 0.0)
      return math_divzero(1);
    return math_invalid(x);
  }
  if (isinf(x))
    return x;
  double lo;
  return __math_log_kernel(x, &lo);
}

// log(x) = k*ln2 + log(c) + log1p(r), r = z*invc - 1 (see math_log_reduce),
// log(c) = -log(invc) from the table.  k*LN2_HI + logc_hi is exact (both
// are multiples of 2^-42) and added to the exact part of r with the error
// kept; the two intervals next to 1 have invc = 1, so that the result near
// 1 is r plus small corrections.
double log(double x) {
  uint64_t ix = asuint64(x);
  if (__builtin_expect(ix - 0x0010000000000000ULL <
                           0x7ff0000000000000ULL - 0x0010000000000000ULL, 1)) {
    struct math_log_red v = math_log_reduce(ix, 0);
    double w = v.kd * MATH_LOG_LN2_HI + math_log_fast_tab[v.i].logc_hi;
    double hi = w + v.rh;
    double lo = (w - hi) + v.rh;  // |w| >= |rh| or w = 0
    lo += v.rl + v.kd * MATH_LOG_LN2_LO + math_log_fast_tab[v.i].logc_lo;
    return hi + (lo + math_log_eval(v.rh + v.rl));
  }
  return log_slow(x);
}
