#include "math_fast.h"

// Outside the fast range: apart, so that the fast path needs no stack
// frame.
static __attribute__((noinline)) double log_slow(double x) {
  double r;
  if (math_log_special(x, &r))
    return r;
  double lo;
  return __math_log_kernel(x, &lo);
}

// log(x) as math_log_fast for normal x > 0.
double log(double x) {
  uint64_t ix = asuint64(x);
  if (__builtin_expect(ix - 0x0010000000000000ULL <
                           0x7ff0000000000000ULL - 0x0010000000000000ULL, 1)) {
    double lo, hi = math_log_fast(ix, &lo);
    return hi + lo;
  }
  return log_slow(x);
}
