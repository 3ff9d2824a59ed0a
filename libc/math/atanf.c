#include "math_fast.h"

// In double: atan(|x|) = math_atan_f(|x|) for |x| <= 1 and
// pi/2 - math_atan_f(1/|x|) above (relative error below 2^-39: the float
// result is correctly rounded except within 2^-15 ulp of a midpoint).
// |x| < 2^-12 (atan(x) = x with its exceptions), |x| >= 2^26 (pi/2) and NaN
// take the double function.
float atanf(float x) {
  uint32_t ax = asuint32(x) & 0x7fffffffU;
  if (__builtin_expect(ax - 0x39800000U < 0x4c800000U - 0x39800000U, 1)) {
    double a = __builtin_fabs((double)x);
    double r = a > 1.0 ? MATH_PIO2_HI - math_atan_f(1.0 / a) : math_atan_f(a);
    return (float)(x < 0 ? -r : r);
  }
  return math_narrowf(atan((double)x));
}
