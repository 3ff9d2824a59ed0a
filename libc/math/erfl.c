#include "math_ld.h"

// |x| < 1/2: the Taylor series (__math_erfl_small); below 7, 1 - erfc(x)
// with erfc as a pair (__math_erfcl_k); beyond, erfc(x) < 2^-70: +-1.
long double erfl(long double x) {
  if (isnan(x))
    return x + x;
  long double ax = __builtin_fabsl(x), h, l;
  if (ax < 0x1p-16000L)
    return x * 0x9.06eba8214db688dp-3L;  // 2/sqrt(pi); underflows if tiny
  if (ax < 0.5L) {
    h = __math_erfl_small(x, &l);
    return h + l;
  }
  if (ax >= 7)
    return __builtin_copysignl(1.0L - 0x1p-100L, x);
  int n;
  h = __math_erfcl_k(ax, &l, &n);
  ldd_add(1.0L, 0, -scalbnl(h, n), -scalbnl(l, n), &h, &l);
  return __builtin_copysignl(h + l, x);
}
