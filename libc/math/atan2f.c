#include "math_fast.h"

// In double for finite nonzero x and y: q = min(|x|, |y|) / max(|x|, |y|)
// and atan(q) = math_atan_f(q), then pi/2 - r when |y| > |x| and pi - r
// when x < 0 (relative error below 2^-39: the float result is correctly
// rounded except within 2^-15 ulp of a midpoint).  Zeros, infinities,
// NaNs and results below 2^-125 take the double function.
float atan2f(float y, float x) {
  uint32_t ax = asuint32(x) & 0x7fffffffU, ay = asuint32(y) & 0x7fffffffU;
  if (__builtin_expect(ax - 1 < 0x7f800000U - 1 && ay - 1 < 0x7f800000U - 1,
                       1)) {
    double dx = __builtin_fabs((double)x), dy = __builtin_fabs((double)y);
    int swap = dy > dx;
    double r = math_atan_f(swap ? dx / dy : dy / dx);
    if (swap)
      r = MATH_PIO2_HI - r;
    if (x < 0)
      r = MATH_PI_HI - r;
    if (__builtin_expect(r >= 0x1p-125, 1))
      return (float)(y < 0 ? -r : r);
  }
  return math_narrowf(atan2((double)y, (double)x));
}
