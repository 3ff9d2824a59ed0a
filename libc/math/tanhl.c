#include "math_ld.h"
#include "math_ld_tables.h"

// tanh(x) = (E - 1)/(E + 1), E = e^(2|x|) as a pair from the exp2 kernel
// (relative error about 2^-70), so that the only large error is the final
// rounding.  Below 1/16, sinh/cosh from their Taylor series: the series'
// terms are below 2^-8 of the leading 1 and x, so their own rounding
// hardly shows.
long double tanhl(long double x) {
  long double ax = __builtin_fabsl(x), rh, rl;
  if (isnan(x))
    return x + x;
  if (ax < 0x1p-33L)
    return x;
  if (ax > 23.0L) {  // 1 - tanh(x) < 2^-65.4
    rh = 1.0L;
  } else if (ax < 0.0625L) {
    long double nh, nl, dh, dl;
    ld_fast_two_sum(ax, ld_sinh_m_x(ax), &nh, &nl);
    ld_fast_two_sum(1.0L, ld_cosh_m_1(ax), &dh, &dl);
    ldd_div(nh, nl, dh, dl, &rh, &rl);
  } else {
    long double th, tl, eh, el, ah, al, bh, bl;
    ld_two_prod(2.0L * ax, MATHL_INVLN2_HI, &th, &tl);
    tl += 2.0L * ax * MATHL_INVLN2_LO;
    int n;
    eh = __math_exp2l_k(th, tl, &el, &n);  // E = 2^n (eh + el), n <= 67
    long double s = x87_fscale(1.0L, (long double)n);
    eh *= s, el *= s;
    ldd_add(eh, el, -1.0L, 0, &ah, &al);
    ldd_add(eh, el, 1.0L, 0, &bh, &bl);
    ldd_div(ah, al, bh, bl, &rh, &rl);
  }
  return x < 0 ? -rh : rh;
}
