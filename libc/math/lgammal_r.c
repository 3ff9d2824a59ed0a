#include "math_ld.h"

// Computed in double precision (see docs/libm-accuracy.md).
long double lgammal_r(long double x, int *sign) {
  if (isnan(x)) {
    *sign = 1;
    return x + x;
  }
  return (long double)lgamma_r((double)x, sign);
}
