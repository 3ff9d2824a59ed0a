#include "math_impl.h"
#include "math_tables.h"

// |x| < 1: 1 + x^2/2 + x^4*K(x^2) (Taylor, 1 + x^2/2 summed exactly).
// Below 22: (e + 1/e)/2 with e = exp(|x|) as a double-double.  Beyond:
// exp(|x|)/2 scaled without overflow.
double cosh(double x) {
  double ax = __builtin_fabs(x);
  if (isnan(x) || isinf(x))
    return ax + ax;
  if (ax < 1.0) {
    if (ax < 0x1p-27) {
      math_force_eval(ax + 0x1p-1000);
      return 1.0;
    }
    double z, ze, w, we;
    two_prod(ax, ax, &z, &ze);
    const double *c = math_cosh_coef;
    double p = c[8];
    for (int i = 7; i >= 0; i--)
      p = p * z + c[i];
    fast_two_sum(1.0, 0.5 * z, &w, &we);
    return w + (we + 0.5 * ze + (z * z) * p);
  }
  if (ax < 22.0) {
    int k;
    double l, ih, il, dh, dl;
    double h = __math_exp_kernel(ax, 0.0, &k, &l);
    double s = asdouble((uint64_t)(0x3ff + k) << 52);
    h *= s;
    l *= s;
    dd_div(1.0, 0.0, h, l, &ih, &il);
    dd_add(h, l, ih, il, &dh, &dl);
    return 0.5 * dh;
  }
  if (ax < 0x1.633ce8fb9f87ep+9) {
    int k;
    double l;
    double h = __math_exp_kernel(ax, 0.0, &k, &l);
    return math_scale(h, k - 1);
  }
  return math_oflow(0);
}
