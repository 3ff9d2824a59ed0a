#include "math_impl.h"

// In the current rounding mode: adding and removing 2^52 with x's sign
// leaves an integer rounded once; inexact is raised when x was not one.
double rint(double x) {
  uint64_t ix = asuint64(x);
  int e = (int)((ix >> 52) & 0x7ff) - 1023;
  if (e >= 52)
    return e == 1024 ? x + x : x;
  volatile double big = (ix >> 63) ? -0x1p52 : 0x1p52;
  double y = (x + big) - big;
  return copysign(y, x);
}
