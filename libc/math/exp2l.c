#include "math_ld.h"

long double exp2l(long double x) {
  if (isnan(x))
    return x + x;
  if (x >= 16384.0L) {
    if (isinf(x))
      return x;
    errno = ERANGE;
    return x * 0x1p16383L;
  }
  if (x < -16446.0L) {
    if (isinf(x))
      return 0;
    errno = ERANGE;
    return 0x1p-16000L * 0x1p-16000L;
  }
  long double r = __math_exp2l_dd(x, 0.0L);
  if (r < 0x1p-16382L)
    errno = ERANGE;
  return r;
}
