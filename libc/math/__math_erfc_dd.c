#include "math_impl.h"
#include "math_tables.h"

// erfc(x) = exp(-x^2) * g(x) with g = erfc*exp(x^2) from piecewise fits
// (relative error 2^-58 or less); x^2 is exact as a double-double and exp
// of it from the exp kernel.  Below 3 the fits are of g in x.  Beyond, g
// varies like 1/x (up to 30% across a fit in x) and x*g is fitted in
// z = 1/x^2 instead, where it varies by at most 1.3%; g = (x*g) * (1/x)
// with 1/x as a double-double (one division).

// The fit f at t, with its constant term as a double-double.
static double fit_eval(const struct math_fit *f, double t, double *lo) {
  double p = f->c[f->n];
  for (int j = f->n - 1; j >= 1; j--)
    p = p * t + f->c[j];
  double h;
  two_sum(f->c[0], t * p, &h, lo);
  *lo += f->c0lo;
  return h;
}

// Below 3 the linear term is up to 30% of the constant one: c0 + c1*t (both
// pairs) in double-double, off the critical path, plus t^2 times the rest
// of the polynomial (at most 5% of the sum) in doubles.
static double erfcx_near(double x, double *lo) {
  int i = 0;
  while (i < 3 && x > math_erfcx_fit[i].end)
    i++;
  const struct math_fit2 *f = &math_erfcx_fit[i];
  double t = x - f->mid;  // exact (Sterbenz)
  double a, ae, b, be, h;
  two_prod(f->c[1], t, &a, &ae);
  two_sum(f->c[0], a, &b, &be);
  be += ae + f->c1lo * t + f->c0lo;
  double p = f->c[f->n];
  for (int j = f->n - 1; j >= 2; j--)
    p = p * t + f->c[j];
  two_sum(b, (t * t) * p, &h, lo);
  *lo += be;
  return h;
}

static double erfcx_far(double x, double *lo) {
  int i = 0;
  while (i < 2 && x > math_erfcx_asym_fit[i].end)
    i++;
  const struct math_fit *f = &math_erfcx_asym_fit[i];
  double rh = 1.0 / x, rl, e, zh, zl, hl;
  two_prod(rh, rh, &zh, &zl);
  double hh = fit_eval(f, zh - f->mid, &hl), gh;
  // Off the critical path: 1/x = rh + rl and z = zh + dz; the fit's
  // linear term takes dz.
  two_prod(rh, x, &e, &rl);
  rl = rh * ((1.0 - e) - rl);  // 1 - e is exact
  hl += f->c[1] * (zl + 2.0 * rh * rl);
  dd_mul(hh, hl, rh, rl, &gh, lo);
  return gh;
}

double __math_erfc_dd(double x, int *k, double *lo) {
  double gl, gh = x < 3.0 ? erfcx_near(x, &gl) : erfcx_far(x, &gl);
  double qh, ql, el, rh;
  two_prod(x, x, &qh, &ql);
  double eh = __math_exp_kernel(-qh, -ql, k, &el);
  dd_mul(eh, el, gh, gl, &rh, lo);
  return rh;
}
