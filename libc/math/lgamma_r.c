#include "math_impl.h"
#include "math_tables.h"

// x < 0: reflection, lgamma(x) = log(pi / |sin(pi x)|) - lgamma(1 - x).
// The result loses relative accuracy near the zeros of lgamma for x < -2
// (as in other libms); see docs/libm-accuracy.md.
double lgamma_r(double x, int *sign) {
  *sign = 1;
  if (isnan(x))
    return x + x;
  if (isinf(x))
    return x * x;
  if (x == 0) {
    *sign = __builtin_signbit(x) ? -1 : 1;
    return math_divzero(0);
  }
  double lo;
  if (x > 0) {
    double r = __math_lgamma_pos(x, &lo);
    if (isinf(r))
      errno = ERANGE;
    return r;
  }
  if (x == __builtin_floor(x))
    return math_divzero(0);  // pole at a negative integer
  double ax = -x;
  if (ax < 0x1p-54) {
    *sign = -1;
    double l;
    return -__math_log_kernel(ax, &l);
  }
  double sl, sh = __math_sinpi(x, &sl);
  if (sh < 0)
    *sign = -1;
  double ah, al;
  two_sum(1.0, ax, &ah, &al);
  double gl, gh = __math_lgamma_pos(ah, &gl);
  // lgamma(ah + al) ~ lgamma(ah) + al*log(ah)
  double ll;
  double lah = __math_log_kernel(ah, &ll);
  gl += al * lah;
  // log(pi / |sin(pi x)|) = log(pi) - log|s|
  double s = __builtin_fabs(sh), slo = sh < 0 ? -sl : sl;
  double lsl, lsh = __math_log_kernel(s, &lsl);
  lsl += slo / s;
  double lpl, lph = __math_log_kernel(MATH_PI_HI, &lpl);
  lpl += MATH_PI_LO / MATH_PI_HI;
  double h, l;
  dd_add(lph, lpl, -lsh, -lsl, &h, &l);
  dd_add(h, l, -gh, -gl, &h, &l);
  return h;
}
