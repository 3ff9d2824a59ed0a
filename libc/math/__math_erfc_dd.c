#include "math_impl.h"
#include "math_tables.h"

// erfc(x) = exp(-x^2) * g(x), g = erfc*exp(x^2) from piecewise fits; x^2 is
// exact as a double-double and exp of it from the exp kernel.
double __math_erfc_dd(double x, int *k, double *lo) {
  int i = 0;
  while (i < 8 && x > math_erfcx_fit[i].end)
    i++;
  const struct math_fit *f = &math_erfcx_fit[i];
  double t = x - f->mid;  // exact (Sterbenz)
  double p = f->c[f->n];
  for (int j = f->n - 1; j >= 1; j--)
    p = p * t + f->c[j];
  double gh, gl, qh, ql, el, rh;
  two_sum(f->c[0], t * p, &gh, &gl);
  gl += f->c0lo;
  two_prod(x, x, &qh, &ql);
  double eh = __math_exp_kernel(-qh, -ql, k, &el);
  dd_mul(eh, el, gh, gl, &rh, lo);
  return rh;
}
