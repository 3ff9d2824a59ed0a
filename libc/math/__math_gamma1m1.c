#include "math_impl.h"
#include "math_tables.h"

// Gamma(1 + t) - 1 = t (1 - t) F(t), F from piecewise fits: exact zeros at
// t = 0 and t = 1 and a small relative error near them.
double __math_gamma1m1(double t, double *lo) {
  int i = 0;
  while (i < 3 && t > math_gamma_fit[i].end)
    i++;
  const struct math_fit *f = &math_gamma_fit[i];
  double u = t - f->mid;
  double p = f->c[f->n];
  for (int j = f->n - 1; j >= 1; j--)
    p = p * u + f->c[j];
  double fh, fl, a, ae, uh, ul, h;
  two_sum(f->c[0], u * p, &fh, &fl);
  fl += f->c0lo;
  two_sum(1.0, -t, &a, &ae);
  two_prod(t, a, &uh, &ul);
  ul += t * ae;
  dd_mul(uh, ul, fh, fl, &h, lo);
  return h;
}
