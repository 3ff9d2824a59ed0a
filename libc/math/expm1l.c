#include "math_ld.h"

// |x| < ln2/2: 2^t - 1 by f2xm1 with t = x*log2(e) as an exact pair (the
// low part as a first-order correction); beyond: expl(x) - 1.
long double expm1l(long double x) {
  if (isnan(x))
    return x + x;
  if (x < -50.0L)
    return -1.0L;
  if (__builtin_fabsl(x) < 0.34657359L) {
    if (__builtin_fabsl(x) < 0x1p-65L)
      return x;
    long double ph, pl;
    ld_two_prod(x, 0xb.8aa3b295c17f0bcp-3L, &ph, &pl);
    pl += x * -2.7727101796451309785e-20L;
    long double p = x87_f2xm1(ph);
    return p + pl * 0.693147180559945309417L * (1.0L + p);
  }
  long double e = expl(x);
  return e - 1.0L;
}
