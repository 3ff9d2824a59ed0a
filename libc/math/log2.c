#include "math_fast.h"
#include "math_tables.h"

// Outside the fast range: apart, so that the fast path needs no stack
// frame.
static __attribute__((noinline)) double log2_slow(double x) {
  return math_log_scaled_slow(x, MATH_INVLN2_HI, MATH_INVLN2_LO);
}

// log2(x) = k + log2(c) + log1p(r)/ln2 as in log: k + log2c_hi is exact and
// so is rhh*INVLN2_HI (17 bits times rh's top 36 bits); the rest goes to
// the low part.
// Exact powers of 2 give exact results.  Other arguments (subnormals
// included): the logarithm as a double-double times 1/ln2 as a
// double-double.
double log2(double x) {
  uint64_t ix = asuint64(x);
  if (__builtin_expect(ix - 0x0010000000000000ULL <
                           0x7ff0000000000000ULL - 0x0010000000000000ULL, 1)) {
    struct math_log_red v = math_log_reduce(ix, 0);
    double w = v.kd + math_log_fast_tab[v.i].log2c_hi;
    // rh has at most 34 bits except where invc = 1: its top 36 bits.
    double rhh = asdouble(asuint64(v.rh) & ~0x1ffffULL);
    double ph = rhh * MATH_LOG_INVLN2_HI;
    double hi = w + ph;
    double lo = (w - hi) + ph;  // |w| >= |ph| or w = 0
    double l = (v.rh - rhh) + v.rl + math_log_p(v.i, v.rh + v.rl);
    lo += math_log_fast_tab[v.i].log2c_lo + rhh * MATH_LOG_INVLN2_LO +
          l * MATH_INVLN2_HI;
    return hi + lo;
  }
  return log2_slow(x);
}
