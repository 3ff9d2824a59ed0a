#include "math_ld.h"

// 2^(th + tl): n = round(th), f = th - n + tl in [-1/2, 1/2] (the
// subtraction is exact), 2^f from f2xm1, then 2^n by fscale (one rounding,
// also for subnormal results).
long double __math_exp2l_dd(long double th, long double tl) {
  long double n = th + 0x1.8p63L;
  n -= 0x1.8p63L;
  long double f = (th - n) + tl;
  long double p = x87_f2xm1(f);
  return x87_fscale(1.0L + p, n);
}
