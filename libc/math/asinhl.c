#include "math_ld.h"

// asinh(a) = log1p(a + a^2/(1 + sqrt(1 + a^2))); large: log(a) + ln2.
long double asinhl(long double x) {
  long double ax = __builtin_fabsl(x), r;
  if (isnan(x) || isinf(x))
    return x + x;
  if (ax < 0x1p-33L)
    return x;
  if (ax > 0x1p33L) {
    r = logl(ax) + 0.693147180559945309417L;
  } else {
    long double q = ax * ax;
    r = log1pl(ax + q / (1.0L + sqrtl(1.0L + q)));
  }
  return x < 0 ? -r : r;
}
