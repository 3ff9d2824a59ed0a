#include "math_impl.h"
#include "math_tables.h"

// expm1(x) as a double-double, |x| < 709.  Near zero the Taylor series is
// summed directly so that the relative error stays tiny; elsewhere
// 2^k*(h + l) - 1 from the exp kernel, where 2^k - 1 is exact.
double __math_expm1_kernel(double x, double *lo) {
  double hi;
  if (__builtin_fabs(x) < 0.34) {
    double q, qe;
    two_prod(x, x, &q, &qe);
    const double *c = math_exp_coef;
    double p = c[11];
    for (int i = 10; i >= 0; i--)
      p = p * x + c[i];
    p *= q * x;
    double a, ae;
    fast_two_sum(x, 0.5 * q, &a, &ae);
    fast_two_sum(a, ae + 0.5 * qe + p, &hi, lo);
    return hi;
  }
  int k;
  double l;
  double h = __math_exp_kernel(x, 0.0, &k, &l);
  if (k > 1000) {  // -1 is negligible
    *lo = 0;
    return math_scale(h, k);
  }
  double s = asdouble((uint64_t)(0x3ff + k) << 52);
  double a, ae;
  two_sum(h * s, -1.0, &a, &ae);
  fast_two_sum(a, ae + l * s, &hi, lo);
  return hi;
}
