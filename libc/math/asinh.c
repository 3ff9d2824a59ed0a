#include "math_impl.h"
#include "math_tables.h"

// asinh(|x|) = log1p(a + a^2 / (1 + sqrt(1 + a^2))) with every step a
// double-double; beyond 2^28, log(a) + ln2.
double asinh(double x) {
  double ax = __builtin_fabs(x);
  if (isnan(x) || isinf(x))
    return x + x;
  double r, lo;
  if (ax < 0x1p-27) {
    return math_tiny_identity(x);
  }
  if (ax > 0x1p28) {
    double h = __math_log_kernel(ax, &lo);
    double s, e;
    fast_two_sum(h, MATH_LN2_HI, &s, &e);
    r = s + (e + lo + MATH_LN2_LO);
  } else {
    double qh, ql, sh, sl, dh, dl, th, tl, uh, ul;
    two_prod(ax, ax, &qh, &ql);
    dd_add(1.0, 0.0, qh, ql, &sh, &sl);
    dd_sqrt(sh, sl, &sh, &sl);
    dd_add(1.0, 0.0, sh, sl, &dh, &dl);
    dd_div(qh, ql, dh, dl, &th, &tl);
    dd_add(ax, 0.0, th, tl, &uh, &ul);
    r = __math_log1p_kernel(uh, ul, &lo);
  }
  return x < 0 ? -r : r;
}
