#include "math_ld.h"
#include "math_ld_tables.h"

// n = round(th), u = (th - n + tl) ln2 as a pair (|u| <= 0.347), then
// e^u = 1 + u + u^2/2 + u^3 P(u) by its Taylor series to u^17/17! (below
// 2^-74), with the first three terms exact or in pairs.
long double __math_exp2l_k(long double th, long double tl, long double *lo,
                           int *n) {
  long double k = th + 0x1.8p63L;
  k -= 0x1.8p63L;
  long double fh, fl, uh, ul;
  ld_two_sum(th - k, tl, &fh, &fl);
  ld_two_prod(fh, MATHL_LN2_HI, &uh, &ul);
  ul += fh * MATHL_LN2_LO + fl * MATHL_LN2_HI;
  ld_fast_two_sum(uh, ul, &uh, &ul);
  static const long double inv_fact[15] = {
      1.0L / 6, 1.0L / 24, 1.0L / 120, 1.0L / 720, 1.0L / 5040,
      1.0L / 40320, 1.0L / 362880, 1.0L / 3628800, 1.0L / 39916800,
      1.0L / 479001600, 1.0L / 6227020800, 1.0L / 87178291200,
      1.0L / 1307674368000, 1.0L / 20922789888000,
      1.0L / 355687428096000};
  long double p = 1.0L / 6402373705728000;
  for (int j = 14; j >= 0; j--)
    p = p * uh + inv_fact[j];
  long double qh, ql, s, se, s2, se2;
  ld_two_prod(uh, uh, &qh, &ql);
  ld_two_sum(1.0L, uh, &s, &se);
  ld_two_sum(s, qh * 0.5L, &s2, &se2);
  long double r = se + se2 + (ul + (ql * 0.5L + uh * ul + uh * qh * p));
  ld_fast_two_sum(s2, r, &s2, lo);
  *n = (int)k;
  return s2;
}
