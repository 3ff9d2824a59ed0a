#include "math_fast.h"

// Outside the fast range: apart, so that the fast path needs no stack
// frame.
static __attribute__((noinline)) double exp_slow(double x) {
  if (!(x < 0x1.62e42fefa39efp+9)) {  // x >= log(2^1024) or NaN
    if (isnan(x) || isinf(x))
      return x + x;
    return math_oflow(0);
  }
  if (x < -0x1.74910d52d3051p+9) {  // exp(x) < 2^-1075: rounds to 0
    if (isinf(x))
      return 0.0;
    return math_uflow(0);
  }
  // The table method with the scaling done apart.
  double kd = x * MATH_EXP_INVLN2N + MATH_ROUND_SHIFT;
  uint64_t ki = asuint64(kd);
  kd -= MATH_ROUND_SHIFT;
  double r = (x - kd * MATH_EXP_LN2N_HI) - kd * MATH_EXP_LN2N_LO;
  int k;
  double lo;
  double hi = math_exp_parts(ki, r, &k, &lo);
  if (k < -1021)
    return math_scale_tiny_dd(hi, lo, k);
  return math_scale(hi, k);
}

double exp(double x) {
  // 2^-54 <= |x| < 700 (smaller x: 1 + x without underflow in r^2).
  uint64_t ax = asuint64(x) & 0x7fffffffffffffffULL;
  if (__builtin_expect(ax - 0x3c90000000000000ULL <
                           0x4085e00000000000ULL - 0x3c90000000000000ULL, 1))
    return math_exp_fast(x, 0.0);
  return exp_slow(x);
}
