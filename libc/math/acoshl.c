#include "math_ld.h"

// acosh(x) = log1p(t + sqrt(t*(t + 2))), t = x - 1; large: log(x) + ln2.
long double acoshl(long double x) {
  if (isnan(x))
    return x + x;
  if (!(x >= 1.0L))
    return math_invalidl(x);
  if (x > 0x1p33L)
    return logl(x) + 0.693147180559945309417L;
  long double t = x - 1.0L;
  return log1pl(t + sqrtl(t * (t + 2.0L)));
}
