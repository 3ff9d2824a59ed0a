#include "math_impl.h"
#include "math_tables.h"

// erf(x) = 2/sqrt(pi) * (x + x^3*F(x^2)), F the Taylor series (23 terms:
// enough for x^2 < 0.73), with 2/sqrt(pi)*x as an exact product.
double __math_erf_small(double x, double *lo) {
  double z = x * x;
  const double *c = math_erf_coef;
  double f = c[22];
  for (int i = 21; i >= 0; i--)
    f = f * z + c[i];
  double p, pe, h;
  two_prod(x, MATH_2_SQRTPI_HI, &p, &pe);
  fast_two_sum(p, pe + x * MATH_2_SQRTPI_LO + p * (z * f), &h, lo);
  return h;
}
