#include "math_impl.h"

double nextafter(double x, double y) {
  if (isnan(x) || isnan(y))
    return x + y;
  if (x == y)
    return y;
  uint64_t ix = asuint64(x);
  if (x == 0)
    ix = (asuint64(y) & 0x8000000000000000ULL) | 1;
  else if ((x < y) == !(ix >> 63))
    ix++;
  else
    ix--;
  double r = asdouble(ix);
  if (isinf(r)) {
    math_force_eval(x + x);  // overflow, inexact
    errno = ERANGE;
  } else if (__builtin_fabs(r) < 0x1p-1022) {
    math_force_eval(x * x + r * r);  // underflow, inexact
    errno = ERANGE;
  }
  return r;
}
