#include "math_ld.h"
#include "math_ld_tables.h"

// erf(x) = 2/sqrt(pi) x (1 - x^2/3 + x^4 S(x^2)) by its Taylor series
// (|x| < 1/2: the first omitted term is below 2^-80); x^2/3 (up to 8%) as a
// pair, so that the result pair is good to about 2^-70.
long double __math_erfl_small(long double x, long double *lo) {
  long double zh, zl, ch, cl;
  ld_two_prod(x, x, &zh, &zl);
  ldd_mul(zh, zl, MATHL_THIRD_HI, MATHL_THIRD_LO, &ch, &cl);
  long double s = mathl_erf0[MATHL_ERF0_N - 1];
  for (int k = MATHL_ERF0_N - 2; k >= 1; k--)
    s = s * zh + mathl_erf0[k];
  long double uh, ul;
  ld_fast_two_sum(1.0L, -ch, &uh, &ul);
  ul += zh * zh * s - cl;
  ldd_mul(uh, ul, MATHL_2_SQRTPI_HI, MATHL_2_SQRTPI_LO, &uh, &ul);
  ldd_mul(uh, ul, x, 0, &uh, &ul);
  *lo = ul;
  return uh;
}
