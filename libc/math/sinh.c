#include "math_impl.h"
#include "math_tables.h"

// |x| < 1: x + x^3*H(x^2) (Taylor).  Below 22: (e - 1/e)/2 with e = exp(|x|)
// as a double-double.  Beyond: exp(|x|)/2 scaled without overflow.
double sinh(double x) {
  double ax = __builtin_fabs(x);
  if (isnan(x) || isinf(x))
    return x + x;
  double r;
  if (ax < 1.0) {
    if (ax < 0x1p-27) {
      return math_tiny_identity(x);
    }
    double z = ax * ax;
    const double *c = math_sinh_coef;
    double p = c[8];
    for (int i = 7; i >= 0; i--)
      p = p * z + c[i];
    r = ax + (z * ax) * p;
  } else if (ax < 22.0) {
    int k;
    double l, ih, il, dh, dl;
    double h = __math_exp_kernel(ax, 0.0, &k, &l);
    double s = asdouble((uint64_t)(0x3ff + k) << 52);
    h *= s;
    l *= s;
    dd_div(1.0, 0.0, h, l, &ih, &il);
    dd_add(h, l, -ih, -il, &dh, &dl);
    r = 0.5 * dh;
  } else if (ax < 0x1.633ce8fb9f87ep+9) {  // below the overflow threshold
    int k;
    double l;
    double h = __math_exp_kernel(ax, 0.0, &k, &l);
    r = math_scale(h, k - 1);
  } else {
    return math_oflow(x < 0);
  }
  return x < 0 ? -r : r;
}
