#include "math_impl.h"
#include "math_tables.h"

// log(x) for finite x > 0 as a double-double.  x = 2^k * m, m in [1, 2);
// the table gives inv ~ 1/m (10 bits) and log(1/inv), so that
// r = m*inv - 1 is exact as a double-double with |r| < 2^-7 and
// log(x) = k*ln2 + log(1/inv) + log1p(r), log1p by its Taylor series.  Near
// x = 1 (k = 0 and m < 1 + 1/128, or k = -1 and m >= 2 - 1/128) no table
// entry is used and r = x - 1 is exact: the relative error stays tiny.
double __math_log_kernel(double x, double *lo) {
  uint64_t ix = asuint64(x);
  int k = (int)(ix >> 52) - 1023;
  if (k == -1023) {  // subnormal
    ix = asuint64(x * 0x1p54);
    k = (int)(ix >> 52) - 1023 - 54;
  }
  int i = (int)((ix >> 45) & 127);
  double m = asdouble((ix & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL);
  double r, rl, lch, lcl;
  if (i == 127) {
    r = m * 0.5 - 1.0;
    rl = 0;
    k += 1;
    lch = lcl = 0;
  } else {
    double inv = math_log_tab[i][0];
    double ph, pl;
    two_prod(m, inv, &ph, &pl);
    two_sum(ph - 1.0, pl, &r, &rl);
    lch = math_log_tab[i][1];
    lcl = math_log_tab[i][2];
  }
  // log1p(r + rl) = r - r^2/2 + r^3*P(r) + rl*(1 - r)
  double q, qe;
  two_prod(r, r, &q, &qe);
  const double *c = math_log1p_small_coef;
  double p = c[8];
  for (int j = 7; j >= 0; j--)
    p = p * r + c[j];
  p *= q * r;
  double s, se;
  fast_two_sum(r, -0.5 * q, &s, &se);
  double tail = se - 0.5 * qe + rl * (1.0 - r) + p;
  double kd = k;
  double a, ae, b, be;
  two_sum(kd * MATH_LN2_HI32, lch, &a, &ae);
  two_sum(a, s, &b, &be);
  double t = ae + be + kd * MATH_LN2_LO32 + (lcl + tail);
  double hi;
  fast_two_sum(b, t, &hi, lo);
  return hi;
}
