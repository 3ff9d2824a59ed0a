#include "math_ld.h"

// lgamma as a pair from __math_lgammal_dd (Taylor series at 2, the
// recurrence, Stirling's series, the reflection formula), rounded once.
long double lgammal_r(long double x, int *sign) {
  *sign = 1;
  if (isnan(x))
    return x + x;
  if (isinf(x))
    return x * x;
  if (x <= 0 && x == truncl(x)) {  // a pole (all x <= -2^63 are integers)
    if (x == 0 && __builtin_signbit(x))
      *sign = -1;
    errno = ERANGE;
    return 1.0L / (volatile long double){0.0L};
  }
  long double lo, r = __math_lgammal_dd(x, &lo, sign);
  r += lo;
  if (isinf(r))
    return math_oflowl();
  return r;
}
