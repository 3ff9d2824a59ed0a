#include "math_impl.h"
#include "math_tables.h"

// exp(xh + xl) = 2^k * (hi + lo).  k = round(xh / ln2) and
// r = xh + xl - k*ln2 with ln2 in two pieces (the first with 29 bits, so
// that k*piece is exact and x - k*piece is exact by Sterbenz' lemma);
// |r| <= 0.35.  exp(r) = 1 + r + r^2/2 + r^3*E(r) with E the Taylor series
// to r^11/14!, summed as a double-double: relative error below 2^-60.
double __math_exp_kernel(double xh, double xl, int *kp, double *lo) {
  double kd = xh * MATH_INVLN2_HI + 0x1.8p52;
  kd -= 0x1.8p52;
  *kp = (int)kd;
  double rh = xh - kd * MATH_LN2_HI32;
  double rt = xl - kd * MATH_LN2_LO32;
  double r, rl;
  two_sum(rh, rt, &r, &rl);
  double q, qe;
  two_prod(r, r, &q, &qe);
  const double *c = math_exp_coef;
  double p = c[11];
  for (int i = 10; i >= 0; i--)
    p = p * r + c[i];
  p *= q * r;
  double a, ae, b, be;
  fast_two_sum(1.0, r, &a, &ae);
  two_sum(a, 0.5 * q, &b, &be);
  double t = ae + be + 0.5 * qe + rl * (1.0 + r) + p;
  double hi;
  fast_two_sum(b, t, &hi, lo);
  return hi;
}
