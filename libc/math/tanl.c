#include "math_ld.h"
#include "math_ld_tables.h"

// The argument is reduced exactly (__math_rem_pio2l) to y + yl, |y| <=
// pi/4; t = tan((y + yl)/2) as a pair from the Taylor series (|y/2| <=
// pi/8: terms fall by 16 each; h^3/3 as a pair), then tan = 2t / (1 - t^2) or, in odd
// quadrants, -1/tan = -(1 - t^2) / 2t, divided as pairs: the only large
// error is the final rounding.
long double tanl(long double x) {
  if (isnan(x) || isinf(x))
    return math_invalidl(x);
  if (__builtin_fabsl(x) < 0x1p-32L)
    return x;
  long double y, yl;
  int n = __math_rem_pio2l(x, &y, &yl);
  long double h = 0.5L * y, hl = 0.5L * yl, zh, zl, ch, cl;
  // h^3/3 as a pair (it is up to 5% of h), the rest in long double.
  ld_two_prod(h, h, &zh, &zl);
  ldd_mul(h, 0, zh, zl, &ch, &cl);
  ldd_mul(ch, cl, MATHL_THIRD_HI, MATHL_THIRD_LO, &ch, &cl);
  long double p = mathl_tan[MATHL_TAN_N - 1];
  for (int k = MATHL_TAN_N - 2; k >= 1; k--)
    p = p * zh + mathl_tan[k];
  long double th, tl;
  ld_fast_two_sum(h, ch, &th, &tl);
  tl += cl + h * zh * zh * p + hl * (1 + zh);
  ld_fast_two_sum(th, tl, &th, &tl);
  long double sh, sl, dh, dl;
  ld_two_prod(th, th, &sh, &sl);
  sl += 2 * th * tl;
  ld_two_sum(1.0L, -sh, &dh, &dl);
  dl -= sl;
  long double q, ql;
  if (n & 1) {
    ldd_div(dh, dl, -2 * th, -2 * tl, &q, &ql);
  } else {
    ldd_div(2 * th, 2 * tl, dh, dl, &q, &ql);
  }
  return q + ql;
}
