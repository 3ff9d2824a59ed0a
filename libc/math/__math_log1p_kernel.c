#include "math_impl.h"

// log(1 + xh + xl), xh + xl > -1: u = 1 + x as a double-double (uh + ul),
// log(uh + ul) = log(uh) + ul/uh to the needed order.
double __math_log1p_kernel(double xh, double xl, double *lo) {
  double uh, ue;
  if (__builtin_fabs(xh) > 1.0)
    two_sum(xh, 1.0, &uh, &ue);
  else
    fast_two_sum(1.0, xh, &uh, &ue);
  double ul = ue + xl;
  double l;
  double h = __math_log_kernel(uh, &l);
  double c = ul / uh;
  double hi;
  two_sum(h, l + c - 0.5 * c * c, &hi, lo);
  return hi;
}
