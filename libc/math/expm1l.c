#include "math_ld.h"

// x*log2(e) = n + f as an exact pair, |f| <= 1/2 + tiny; 2^f - 1 from
// f2xm1 (accurate also for tiny f) and expm1(x) = 2^n (2^f - 1) + (2^n - 1),
// where both terms are exact and only their sum is rounded.
long double expm1l(long double x) {
  if (isnan(x))
    return x + x;
  if (x < -50.0L)
    return -1.0L;
  if (__builtin_fabsl(x) < 0x1p-65L)
    return x;
  if (x > 44.0L)
    return expl(x);  // -1 is below half an ulp
  long double ph, pl;
  ld_two_prod(x, 0xb.8aa3b295c17f0bcp-3L, &ph, &pl);
  pl += x * -2.7727101796451309785e-20L;
  long double n = ph + 0x1.8p63L;
  n -= 0x1.8p63L;
  long double f = (ph - n) + pl;
  long double q = x87_f2xm1(f);
  if (n == 0)
    return q;
  long double s = x87_fscale(1.0L, n);
  return q * s + (s - 1.0L);
}
