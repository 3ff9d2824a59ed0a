#include "math_ld.h"

long double coshl(long double x) {
  long double ax = __builtin_fabsl(x);
  if (isnan(x) || isinf(x))
    return ax + ax;
  if (ax < 0x1p-33L)
    return 1.0L;
  if (ax < 1.0L) {
    return 1.0L + ld_cosh_m_1(ax);
  }
  if (ax < 11355.0L) {
    long double e = expl(ax);
    return 0.5L * (e + 1.0L / e);
  }
  return expl(ax - 0.693147180559945309417L);
}
