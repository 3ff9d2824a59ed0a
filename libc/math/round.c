#include "math_impl.h"

// Halfway cases away from zero; x - trunc(x) is exact.
double round(double x) {
  uint64_t ix = asuint64(x);
  int e = (int)((ix >> 52) & 0x7ff) - 1023;
  if (e >= 52)
    return e == 1024 ? x + x : x;
  double t = trunc(x);
  double d = x - t;
  if (d >= 0.5)
    t += 1.0;
  else if (d <= -0.5)
    t -= 1.0;
  return t;
}
