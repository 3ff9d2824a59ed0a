#include "math_impl.h"
#include "math_tables.h"

// log(hi + lo) as a double-double for hi > 0.
static double log_dd(double hi, double lo, double *rl) {
  double l, h = __math_log_kernel(hi, &l), r;
  fast_two_sum(h, l + lo / hi, &r, rl);
  return r;
}

// lgamma(x) for finite x > 0 as a double-double.  Below 12 the argument is
// brought to 1 + t, t in [0, 1), with the product of the shifted factors as
// a double-double, and lgamma(1 + t) = log1p(Gamma(1 + t) - 1); from 12 on,
// Stirling's series.
double __math_lgamma_pos(double x, double *lo) {
  double h, l, gh, gl;
  if (x < 1.0) {
    gh = __math_gamma1m1(x, &gl);
    double a, al, b, bl;
    a = __math_log1p_kernel(gh, gl, &al);
    b = __math_log_kernel(x, &bl);
    dd_add(a, al, -b, -bl, &h, lo);
    return h;
  }
  if (x < 12.0) {
    double n = x - 0.5 + 0x1.8p52;  // floor(x) for non-integers
    n -= 0x1.8p52;
    if (n > x)
      n -= 1.0;
    double t = x - n;  // exact, in [0, 1)
    gh = __math_gamma1m1(t, &gl);
    double a, al;
    a = __math_log1p_kernel(gh, gl, &al);
    if (n <= 1.0) {
      *lo = al;
      return a;
    }
    double ph = x - 1.0, pl = 0;
    for (double k = 2.0; k < n; k += 1.0)
      dd_mul(ph, pl, x - k, 0.0, &ph, &pl);
    double b, bl;
    b = log_dd(ph, pl, &bl);
    dd_add(a, al, b, bl, &h, lo);
    return h;
  }
  double lx, lxl;
  lx = __math_log_kernel(x, &lxl);
  if (x > 0x1p990) {
    *lo = 0;
    return x * (lx - 1.0);
  }
  double ah, al, mh, ml;
  two_sum(x, -0.5, &ah, &al);
  dd_mul(ah, al, lx, lxl, &mh, &ml);
  dd_add(mh, ml, -x, 0.0, &mh, &ml);
  double u = 1.0 / x, z = u * u;
  const double *c = math_stirling_coef;
  double s = c[10];
  for (int i = 9; i >= 0; i--)
    s = s * z + c[i];
  s *= u;
  dd_add(mh, ml, MATH_HALF_LN2PI_HI, MATH_HALF_LN2PI_LO + s, &h, &l);
  *lo = l;
  return h;
}
