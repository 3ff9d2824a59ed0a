#include "math_ld.h"
#include "math_ld_tables.h"

// atanh(a) = log((1 + a)/(1 - a))/2 with the quotient and the logarithm
// as pairs (__math_log2l_dd: relative error about 2^-86); from 1/16 on
// the logarithm is above 0.12, so no cancellation is left.  Below 1/16,
// a + a^3/3 + a^5/5 + ...: the terms after a are below 2^-8 of it.
long double atanhl(long double x) {
  long double ax = __builtin_fabsl(x), r;
  if (isnan(x))
    return x + x;
  if (ax > 1.0L)
    return math_invalidl(x);
  if (ax == 1.0L) {
    errno = ERANGE;
    return x / (volatile long double){0.0L};
  }
  if (ax < 0x1p-33L)
    return x;
  if (ax < 0.0625L) {
    // Terms to z^8/19: z^9/21 is below 2^-72 of the sum.
    static const long double c[9] = {1.0L / 3,  1.0L / 5,  1.0L / 7,
                                     1.0L / 9,  1.0L / 11, 1.0L / 13,
                                     1.0L / 15, 1.0L / 17, 1.0L / 19};
    long double z = ax * ax, p = c[8];
    for (int k = 7; k >= 0; k--)
      p = p * z + c[k];
    r = ax + ax * z * p;
  } else {
    long double nh, nl, dh, dl, qh, ql, lh, ll, ph, pl;
    ld_two_sum(1.0L, ax, &nh, &nl);
    ld_two_sum(1.0L, -ax, &dh, &dl);
    ldd_div(nh, nl, dh, dl, &qh, &ql);
    lh = __math_log2l_dd(qh, &ll);
    // log2(qh + ql) = log2(qh) + ql/(qh ln 2)
    ll += ql / qh * MATHL_INVLN2_HI;
    ldd_mul(lh, ll, MATHL_LN2_HI, MATHL_LN2_LO, &ph, &pl);
    r = 0.5L * (ph + pl);
  }
  return x < 0 ? -r : r;
}
