#include "math_fast.h"
#include "math_tables.h"

// In double: x = n*pi/2 + y (math_rem_pio2f) and polynomials for sin and
// cos on [-pi/4, pi/4] (relative error below 2^-37), so the float result
// is correctly rounded except within 2^-13 ulp of a midpoint.  |x| < 2^-12
// (sin(x) = x with its exceptions), |x| >= 2^20 (Payne-Hanek) and
// non-finite arguments take the double function.
float sinf(float x) {
  uint32_t ax = asuint32(x) & 0x7fffffffU;
  if (__builtin_expect(ax - 0x39800000U < 0x49800000U - 0x39800000U, 1)) 
    return (float)math_sin_quadrant_f(x, 0);
  return math_narrowf(sin((double)x));
}
