#include "math_ld.h"
#include "math_ld_tables.h"

// sin and cos of y + yl (|y| <= pi/4, |yl| <= ulp(y)) from their Taylor
// series: the leading correction (y^3/6, y^2/2: up to 10% and 31% of the
// result) as an exact or pair product, the rest (below 0.4% and 1.6%) in
// long double, so the final sum is the only large rounding.
long double __math_sinl_k(long double y, long double yl) {
  long double zh, zl, ch, cl;
  ld_two_prod(y, y, &zh, &zl);
  ldd_mul(y, 0, zh, zl, &ch, &cl);
  ldd_mul(ch, cl, MATHL_SIXTH_HI, MATHL_SIXTH_LO, &ch, &cl);
  long double p = mathl_sin[MATHL_SIN_N - 1];
  for (int k = MATHL_SIN_N - 2; k >= 0; k--)
    p = p * zh + mathl_sin[k];
  long double sh, sl;
  ld_fast_two_sum(y, -ch, &sh, &sl);
  // yl * cos(y): yl is tiny, three terms of cos suffice.
  sl += (y * zh * zh * p - cl) + yl * (1 - zh * (0.5L - zh * mathl_cos[0]));
  return sh + sl;
}

long double __math_cosl_k(long double y, long double yl) {
  long double zh, zl;
  ld_two_prod(y, y, &zh, &zl);
  long double p = mathl_cos[MATHL_COS_N - 1];
  for (int k = MATHL_COS_N - 2; k >= 0; k--)
    p = p * zh + mathl_cos[k];
  long double wh, wl;
  ld_fast_two_sum(1.0L, -0.5L * zh, &wh, &wl);
  // yl * sin(y) with two terms of sin.
  wl += (zh * zh * p - 0.5L * zl) - yl * y * (1 - zh * MATHL_SIXTH_HI);
  return wh + wl;
}
