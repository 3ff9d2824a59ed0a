#include "math_ld.h"

// Small |x|: (t + t/(t + 1))/2 with t = expm1(|x|); large: e^|x|/2 without
// overflowing early.
long double sinhl(long double x) {
  long double ax = __builtin_fabsl(x), r;
  if (isnan(x) || isinf(x))
    return x + x;
  if (ax < 0x1p-33L)
    return x;
  if (ax < 1.0L) {
    long double t = expm1l(ax);
    r = 0.5L * (t + t / (t + 1.0L));
  } else if (ax < 11355.0L) {
    long double e = expl(ax);
    r = 0.5L * (e - 1.0L / e);
  } else {
    r = expl(ax - 0.693147180559945309417L);
  }
  return x < 0 ? -r : r;
}
