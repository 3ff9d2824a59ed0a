#include "math_fast.h"
#include "math_tables.h"

// As sinf: cos(n*pi/2 + y) is cos(y), -sin(y), -cos(y), sin(y) for n mod 4
// = 0 .. 3.  |x| < 2^-12 (cos(x) = 1 with inexact), |x| >= 2^20 and
// non-finite arguments take the double function.
float cosf(float x) {
  uint32_t ax = asuint32(x) & 0x7fffffffU;
  if (__builtin_expect(ax - 0x39800000U < 0x49800000U - 0x39800000U, 1)) 
    return (float)math_sin_quadrant_f(x, 1);
  return math_narrowf(cos((double)x));
}
