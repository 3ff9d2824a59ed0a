#include "math_ld.h"

long double exp2l(long double x) {
  if (isnan(x))
    return x + x;
  if (x >= 16384.0L) {
    if (isinf(x))
      return x;
    return math_oflowl();
  }
  if (x < -16446.0L) {
    if (isinf(x))
      return 0;
    return math_uflowl();
  }
  long double r = __math_exp2l_dd(x, 0.0L);
  if (r < 0x1p-16382L && truncl(x) != x)  // (2^integer is exact)
    errno = ERANGE;
  return r;
}
