#include "math_impl.h"

// x*y is exact in double; x*y + z is rounded to odd in double (the sum
// rounded toward zero with its last bit set when inexact), after which the
// rounding to float is the correctly rounded fma in any mode.
float fmaf(float x, float y, float z) {
  double p = (double)x * y;
  if (!isfinite(p) || z == 0 || p == 0 || !isfinite(z))
    return (float)(p + z);
  double s, e;
  two_sum(p, z, &s, &e);
  if (e != 0) {
    uint64_t is = asuint64(s);
    if ((e < 0) != (s < 0))
      is--;  // |s| was rounded up: truncate toward zero
    is |= 1;
    s = asdouble(is);
  }
  return math_narrowf(s);
}
