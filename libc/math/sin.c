#include "math_fast.h"

// Cody-Waite reduction below 1.5*2^20, Payne-Hanek above, and the
// polynomials of math_sincos_fast.
double sin(double x) {
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  double yh, yl;
  if (__builtin_expect(ix - 0x3e40000000000000ULL <
                           0x4138000000000000ULL - 0x3e40000000000000ULL, 1)) {
    int n = math_rem_pio2_cw(x, &yh, &yl);
    return math_sin_quadrant(n, yh, yl, 0);
  }
  return __math_sincos_slow(x, 0);
}
