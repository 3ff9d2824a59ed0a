#include "math_ld.h"

// Computed in double precision: see docs/libm-accuracy.md for the error in
// long double ulps.
long double tgammal(long double x) {
  if (isnan(x))
    return x + x;
  return (long double)tgamma((double)x);
}
