#include "math_ld.h"

// x - trunc(x) is exact.
long double roundl(long double x) {
  long double t = truncl(x);
  if (t == x || isnan(x))
    return t;
  long double d = x - t;
  if (d >= 0.5L)
    t += 1.0L;
  else if (d <= -0.5L)
    t -= 1.0L;
  return t;
}
