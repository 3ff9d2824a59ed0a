#include "math_impl.h"

// erf(x): Taylor series below 1/2; 1 - erfc(|x|) with erfc as a
// double-double beyond (erfc < 0.48 there: the subtraction loses nothing).

double erf(double x) {
  if (isnan(x))
    return x + x;
  double ax = __builtin_fabs(x), lo, r;
  if (ax == 0)
    return x;
  if (ax < 0.5) {  // the Taylor series; beyond, 1 - erfc (no cancellation)
    r = __math_erf_small(x, &lo);
    if (r != 0 && __builtin_fabs(r) < 0x1p-1022)
      errno = ERANGE;
    return r;
  }
  if (ax >= 6.0) {
    r = 1.0 - 0x1p-1000;  // inexact
  } else {
    int k;
    double h = __math_erfc_dd(ax, &k, &lo);
    double s = asdouble((uint64_t)(0x3ff + k) << 52), a, ae;
    fast_two_sum(1.0, -h * s, &a, &ae);
    r = a + (ae - lo * s);
  }
  return x < 0 ? -r : r;
}
