#include "math_ld.h"

// asin(x) = atan2(x, sqrt((1 - x)(1 + x))).
long double asinl(long double x) {
  long double ax = __builtin_fabsl(x);
  if (!(ax <= 1.0L))
    return math_invalidl(x);
  if (ax < 0x1p-33L)
    return x;
  return x87_fpatan(x, sqrtl((1.0L - ax) * (1.0L + ax)));
}
