#include "math_fast.h"
#include "math_tables.h"

// 2^x = 2^(k/N) * exp(r*ln2) with k = round(x*N), r = x - k/N exact and
// the table of math_exp_fast; near the ends of the range the scaling is
// done apart (math_exp_parts).
static double reduce(double x, uint64_t *ki) {
  double kd = x * MATH_EXP_N + MATH_ROUND_SHIFT;
  *ki = asuint64(kd);
  kd -= MATH_ROUND_SHIFT;
  return (x - kd * (1.0 / MATH_EXP_N)) * MATH_LN2_HI;
}

// Outside the fast range: apart, so that the fast path needs no stack
// frame.
static __attribute__((noinline)) double exp2_slow(double x) {
  uint64_t ki;
  // is not subnormal, and no underflow in r^2.
  if (!(x < 1024.0)) {
    if (isnan(x) || isinf(x))
      return x + x;
    return math_oflow(0);
  }
  if (x < -1075.0) {
    if (isinf(x))
      return 0.0;
    return math_uflow(0);
  }
  double r = reduce(x, &ki);
  int k;
  double lo;
  double hi = math_exp_parts(ki, r, &k, &lo);
  if (k < -1021)
    return math_scale_tiny_dd(hi, lo, k);
  return math_scale(hi, k);
}

double exp2(double x) {
  uint64_t ki;
  // 2^-54 <= |x| < 1000: results above 2^-1000, so that the last product
  // is not subnormal, and no underflow in r^2.
  uint64_t ax = asuint64(x) & 0x7fffffffffffffffULL;
  if (__builtin_expect(ax - 0x3c90000000000000ULL <
                           0x408f400000000000ULL - 0x3c90000000000000ULL, 1)) {
    double r = reduce(x, &ki);
    double t = math_exp_tab[ki % MATH_EXP_N].tail + r + math_exp_eval(r);
    return math_exp_scale(ki, t);
  }
  return exp2_slow(x);
}
