#include "math_ld.h"

// |x| < 1: Taylor series; below 11355: (e - 1/e)/2; beyond: e^|x|/2
// without overflowing early.
long double sinhl(long double x) {
  long double ax = __builtin_fabsl(x), r;
  if (isnan(x) || isinf(x))
    return x + x;
  if (ax < 0x1p-33L)
    return x;
  if (ax < 1.0L) {
    r = ax + ld_sinh_m_x(ax);
  } else if (ax < 11355.0L) {
    long double e = expl(ax);
    r = 0.5L * (e - 1.0L / e);
  } else {
    r = expl(ax - 0.693147180559945309417L);
  }
  return x < 0 ? -r : r;
}
