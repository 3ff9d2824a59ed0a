#include "math_ld.h"

static int int_kindl(long double y) {
  long double ay = __builtin_fabsl(y);
  if (ay >= 0x1p64L)
    return 2;
  if (ay < 1.0L)
    return y == 0 ? 2 : 0;
  uint64_t i = (uint64_t)ay;
  if ((long double)i != ay)
    return 0;
  return (i & 1) ? 1 : 2;
}

// x^y = 2^(y log2(x)) with log2(x) as a pair (relative error about
// 2^-82), the product y log2(x) as an exact pair plus y times the low
// part, and 2^ of that pair as 2^n (hi + lo) rounded once
// (ld_scale_dd, also for subnormal results).
long double powl(long double x, long double y) {
  if (y == 0 || x == 1.0L)
    return 1.0L;
  if (isnan(x) || isnan(y))
    return x + y;
  int kind = int_kindl(y), neg = 0;
  if (isinf(y)) {
    long double ax = __builtin_fabsl(x);
    if (ax == 1.0L)
      return 1.0L;
    return (ax < 1.0L) == (y < 0) ? __builtin_infl() : 0.0L;
  }
  if (x == 0) {
    int s = kind == 1 && __builtin_signbit(x);
    if (y < 0) {
      errno = ERANGE;
      return (s ? -1.0L : 1.0L) / (volatile long double){0.0L};
    }
    return s ? -0.0L : 0.0L;
  }
  if (isinf(x)) {
    int s = kind == 1 && x < 0;
    long double r = y < 0 ? 0.0L : __builtin_infl();
    return s ? -r : r;
  }
  if (x < 0) {
    if (kind == 0)
      return math_invalidl(x);
    neg = kind == 1;
    x = -x;
  }
  if (x == 1.0L)  // (-1)^y for y an integer (every huge y is even)
    return neg ? -1.0L : 1.0L;
  long double ll, l = __math_log2l_dd(x, &ll);
  long double t = y * l;
  if (t > 16400.0L)
    return neg ? -math_oflowl() : math_oflowl();
  if (t < -16500.0L)
    return neg ? -math_uflowl() : math_uflowl();
  long double ph, pl, hi, lo;
  ld_two_prod(y, l, &ph, &pl);
  pl += y * ll;
  int n;
  hi = __math_exp2l_k(ph, pl, &lo, &n);
  long double r = ld_scale_dd(hi, lo, n);
  return neg ? -r : r;
}
