#include "math_ld.h"

// sqrt(x^2 + y^2) with the squares and their sum as exact pairs, scaled
// away from overflow and underflow.
long double hypotl(long double x, long double y) {
  if (isinf(x) || isinf(y))
    return __builtin_infl();
  if (isnan(x) || isnan(y))
    return x + y;
  long double a = __builtin_fabsl(x), b = __builtin_fabsl(y);
  if (a < b) {
    long double t = a;
    a = b;
    b = t;
  }
  if (b == 0)
    return a;
  int ea = ilogbl(a), eb = ilogbl(b);
  if (ea - eb > 66)
    return a + b;
  int s = 0;
  if (ea > 8000 || eb < -8000)
    s = ea;
  a = scalbnl(a, -s);
  b = scalbnl(b, -s);
  long double ah, al, bh, bl, sh, sl;
  ld_two_prod(a, a, &ah, &al);
  ld_two_prod(b, b, &bh, &bl);
  ld_two_sum(ah, bh, &sh, &sl);
  sl += al + bl;
  long double r = sqrtl(sh);
  r += (sh - r * r + sl) / (2 * r);
  return scalbnl(r, s);
}
