#include <limits.h>

#include "math_impl.h"

int ilogb(double x) {
  uint64_t ix = asuint64(x);
  int e = (int)((ix >> 52) & 0x7ff);
  if (e == 0) {
    if ((ix << 1) == 0) {
      math_invalid(0.0);
      return FP_ILOGB0;
    }
    return (int)((asuint64(x * 0x1p64) >> 52) & 0x7ff) - 1023 - 64;
  }
  if (e == 0x7ff) {
    math_invalid(0.0);
    return (ix << 12) ? FP_ILOGBNAN : INT_MAX;
  }
  return e - 1023;
}
