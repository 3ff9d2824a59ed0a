#include "math_ld.h"

// Computed in double precision: see docs/libm-accuracy.md for the error in
// long double ulps.
long double lgammal(long double x) {
  if (isnan(x))
    return x + x;
  return (long double)lgamma((double)x);
}
