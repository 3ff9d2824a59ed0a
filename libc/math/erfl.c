#include "math_ld.h"
#include "math_ld_tables.h"

// |x| < 2^-40: 2/sqrt(pi) x rounded once; |x| < 1/2: the Taylor series (__math_erfl_small); below 7, 1 - erfc(x)
// with erfc as a pair (__math_erfcl_k); beyond, erfc(x) < 2^-70: +-1.
long double erfl(long double x) {
  if (isnan(x))
    return x + x;
  long double ax = __builtin_fabsl(x), h, l;
  if (ax < 0x1p-40L) {  // 2/sqrt(pi) x: x^3/3 is below 2^-80 relative
    if (x == 0)
      return x;
    int e = ilogbl(x);
    ldd_mul(scalbnl(x, -e), 0, MATHL_2_SQRTPI_HI, MATHL_2_SQRTPI_LO, &h, &l);
    return ld_scale_dd(h, l, e);
  }
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
