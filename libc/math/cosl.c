#include "math_ld.h"

long double cosl(long double x) {
  if (isnan(x) || isinf(x))
    return math_invalidl(x);
  if (__builtin_fabsl(x) < 0x1p-33L)
    return 1.0L;
  long double y, yl;
  int n = __math_rem_pio2l(x, &y, &yl);
  long double s = x87_fsin(y), c = x87_fcos(y);
  switch (n) {
    case 0: return c - yl * s;
    case 1: return -(s + yl * c);
    case 2: return -(c - yl * s);
    default: return s + yl * c;
  }
}
