#include "math_ld.h"

// e^x = 2^(x*log2(e)) with the product as an exact double-long-double
// (log2(e) in two pieces).
long double expl(long double x) {
  if (isnan(x))
    return x + x;
  if (x > 11356.5234062941439488L) {
    if (isinf(x))
      return x;
    return math_oflowl();
  }
  if (x < -11399.4985314888605581L) {
    if (isinf(x))
      return 0;
    return math_uflowl();
  }
  long double ph, pl;
  ld_two_prod(x, 0xb.8aa3b295c17f0bcp-3L, &ph, &pl);
  pl += x * -2.7727101796451309785e-20L;
  long double r = __math_exp2l_dd(ph, pl);
  if (r < 0x1p-16382L)
    errno = ERANGE;
  return r;
}
