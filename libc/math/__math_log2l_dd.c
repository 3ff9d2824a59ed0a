#include "math_ld.h"
#include "math_ld_tables.h"

// x = 2^k m, m in [sqrt(1/2), sqrt(2)); log2(m) = 2/ln2 atanh(f) with
// f = (m - 1)/(m + 1) (|f| <= 0.172) as a pair: atanh(f) = f (1 + W),
// W = f^2/3 + f^4/5 + f^6/7 + f^8 Q(f^2); the terms beyond f^8 (below
// 2^-23 relative) in plain long double, the rest in pairs, so that the
// error is about 2^-86 relative (powl multiplies it by up to 2^14).
long double __math_log2l_dd(long double x, long double *lo) {
  int k;
  long double m = frexpl(x, &k);
  if (m < 0.70710678118654752440L) {
    m *= 2;
    k--;
  }
  long double dh, dl, fh, fl;
  ld_two_sum(m, 1.0L, &dh, &dl);
  ldd_div(m - 1.0L, 0, dh, dl, &fh, &fl);
  long double sh, sl;
  ld_two_prod(fh, fh, &sh, &sl);
  sl += 2 * fh * fl;
  ld_fast_two_sum(sh, sl, &sh, &sl);
  long double q = 1.0L / 33;
  for (int j = 12; j >= 1; j--)
    q = q * sh + 1.0L / (2 * j + 7);
  long double vh, vl;
  ld_two_prod(sh, q, &vh, &vl);
  ldd_add(MATHL_SEVENTH_HI, MATHL_SEVENTH_LO, vh, vl, &vh, &vl);
  ldd_mul(vh, vl, sh, sl, &vh, &vl);
  ldd_add(MATHL_FIFTH_HI, MATHL_FIFTH_LO, vh, vl, &vh, &vl);
  ldd_mul(vh, vl, sh, sl, &vh, &vl);
  ldd_add(MATHL_THIRD_HI, MATHL_THIRD_LO, vh, vl, &vh, &vl);
  ldd_mul(vh, vl, sh, sl, &vh, &vl);
  ldd_mul(fh, fl, vh, vl, &vh, &vl);
  ldd_add(fh, fl, vh, vl, &vh, &vl);
  ldd_mul(vh, vl, MATHL_INVLN2_HI, MATHL_INVLN2_LO, &vh, &vl);
  ldd_add((long double)k, 0, 2 * vh, 2 * vl, &vh, &vl);
  *lo = vl;
  return vh;
}
