#include "math_ld.h"

// acos(x) = atan2(sqrt((1 - x)(1 + x)), x).
long double acosl(long double x) {
  long double ax = __builtin_fabsl(x);
  if (!(ax <= 1.0L))
    return math_invalidl(x);
  return x87_fpatan(sqrtl((1.0L - ax) * (1.0L + ax)), x);
}
