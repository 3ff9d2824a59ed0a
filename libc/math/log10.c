#include "math_fast.h"
#include "math_tables.h"

// Subnormal arguments: the logarithm as a double-double times 1/ln10 as a
// double-double.  Apart, so that the fast path needs no stack frame.
static __attribute__((noinline)) double log10_slow(double x) {
  return math_log_scaled_slow(x, MATH_INVLN10_HI, MATH_INVLN10_LO);
}

// log(x) = hi + lo (math_log_fast) times 1/ln10 as a double-double, with
// the main product exact: exact powers of ten give exact results.
double log10(double x) {
  uint64_t ix = asuint64(x);
  if (__builtin_expect(ix - 0x0010000000000000ULL <
                           0x7ff0000000000000ULL - 0x0010000000000000ULL, 1)) {
    double lo, hi = math_log_fast(ix, &lo);
    double p, pe;
    two_prod(hi, MATH_INVLN10_HI, &p, &pe);
    return p + (pe + (hi * MATH_INVLN10_LO + lo * MATH_INVLN10_HI));
  }
  return log10_slow(x);
}
