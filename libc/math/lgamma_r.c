#include "math_impl.h"
#include "math_lgamma_zeros.h"
#include "math_tables.h"

// x < 0: reflection, lgamma(x) = log(pi / |sin(pi x)|) - lgamma(1 - x),
// except next to the zeros of lgamma in (-17, -2), where its terms cancel:
// there polynomials in x minus the zero (tools/libm/gen_libm_lgamma_zeros.c).
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
  if (ax > 2 && ax < MATH_LGAMMA_ZEROS_KMAX + 1) {
    // Next to its zeros (two in (-k-1, -k)), lgamma is a polynomial in x
    // minus the zero: the reflection formula's terms would cancel.
    int k = (int)ax;
    for (int i = 2 * (k - 2); i < 2 * (k - 1); i++) {
      const double *w = math_lgamma_zero_window[i];
      if (x >= w[0] && x <= w[1]) {
        *sign = k & 1 ? 1 : -1;
        int at = math_lgamma_zero_record[i];
        int len = math_lgamma_zero_record[i + 1] - at;
        double lo;
        return math_poly_record_at(math_lgamma_zero_pool + at, len, x, &lo);
      }
    }
  }
  if (ax < 0x1p-54) {
    *sign = -1;
    double l;
    return -__math_log_kernel(ax, &l);
  }
  double sl, sh = __math_sinpi(x, &sl);
  if (sh < 0)
    *sign = -1;
  // lgamma(1 - x) = lgamma(ax) + log(ax), ax = -x exactly.
  double gl, gh = __math_lgamma_pos(ax, &gl);
  double ll, lah = __math_log_kernel(ax, &ll);
  dd_add(gh, gl, lah, ll, &gh, &gl);
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
