#include "math_impl.h"
#include "math_tables.h"

// acosh(x) = log1p(t + sqrt(t*(t + 2))), t = x - 1, as double-doubles;
// beyond 2^28, log(x) + ln2.
double acosh(double x) {
  if (isnan(x))
    return x + x;
  if (!(x >= 1.0))
    return math_invalid(x);
  if (isinf(x))
    return x;
  double lo;
  if (x > 0x1p28) {
    double h = __math_log_kernel(x, &lo);
    double s, e;
    fast_two_sum(h, MATH_LN2_HI, &s, &e);
    return s + (e + lo + MATH_LN2_LO);
  }
  double t = x - 1.0;  // exact for x < 2^52
  double ph, pl, sh, sl, uh, ul, ah, al;
  two_sum(t, 2.0, &ah, &al);
  two_prod(t, ah, &ph, &pl);
  pl += t * al;
  if (ph == 0)
    return 0.0;
  dd_sqrt(ph, pl, &sh, &sl);
  dd_add(t, 0.0, sh, sl, &uh, &ul);
  return __math_log1p_kernel(uh, ul, &lo);
}
