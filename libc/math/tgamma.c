#include "math_impl.h"
#include "math_tables.h"

// Gamma(x) for x in (0, 12): (1 + g(t)) times the shifted factors (or
// divided by x below 1) as double-doubles, g = Gamma(1 + t) - 1 from the
// fits.  From 12 on: exp(lgamma(x)) with lgamma as a double-double.
// Negative x above -12: Gamma(t)/(x (x+1) ... ), t = x + n in (0, 1);
// below: pi / (sin(pi x) Gamma(1 - x)).
static double gamma_pos_dd(double x, int *k, double *lo) {
  double gh, gl, h, l;
  *k = 0;
  if (x < 1.0) {
    gh = __math_gamma1m1(x, &gl);
    fast_two_sum(1.0, gh, &h, &l);
    dd_div(h, l + gl, x, 0.0, &h, lo);
    return h;
  }
  if (x < 12.0) {
    double n = x - 0.5 + 0x1.8p52;
    n -= 0x1.8p52;
    if (n > x)
      n -= 1.0;
    gh = __math_gamma1m1(x - n, &gl);
    fast_two_sum(1.0, gh, &h, &l);
    l += gl;
    for (double j = 1.0; j < n; j += 1.0)
      dd_mul(h, l, x - j, 0.0, &h, &l);
    *lo = l;
    return h;
  }
  h = __math_lgamma_pos(x, &l);
  return __math_exp_kernel(h, l, k, lo);
}

double tgamma(double x) {
  if (isnan(x))
    return x + x;
  if (isinf(x))
    return x > 0 ? x : math_invalid(x);
  if (x == 0)
    return math_divzero(__builtin_signbit(x));
  if (x > 171.62437695630272)
    return math_oflow(0);
  int k;
  double h, l;
  if (__builtin_fabs(x) < 0x1p-54) {
    // Gamma(x) = 1/x - Euler's gamma + O(x): 1/x, or an overflow with the
    // sign of x (the negative path below would divide by a subnormal).
    double r = 1.0 / x;
    return __builtin_isinf(r) ? math_oflow(x < 0) : r;
  }
  if (x > 0) {
    h = gamma_pos_dd(x, &k, &l);
    return math_scale(h, k);
  }
  if (x == __builtin_floor(x))
    return math_invalid(x);
  if (x > -12.0) {
    double n = -__builtin_floor(x);  // x + n in (0, 1)
    double t = x + n;  // exact
    double ph = x, pl = 0;
    for (double j = 1.0; j < n; j += 1.0)
      dd_mul(ph, pl, x + j, 0.0, &ph, &pl);
    dd_mul(ph, pl, t, 0.0, &ph, &pl);
    double gl, gh = __math_gamma1m1(t, &gl);
    fast_two_sum(1.0, gh, &h, &l);
    dd_div(h, l + gl, ph, pl, &h, &l);
    return h;
  }
  if (x < -190.0) {
    // |Gamma(x)| < 2^-1100: underflow with the sign of sin(pi x).
    double sl, s = __math_sinpi(x, &sl);
    return math_uflow(s > 0);
  }
  double ah, al, sl, sh;
  two_sum(1.0, -x, &ah, &al);
  h = __math_lgamma_pos(ah, &l);
  // lgamma(ah + al) = lgamma(ah) + al psi(ah), psi(a) = log(a) - 1/(2a) -
  // 1/(12a^2) + O(a^-4) for a > 13; log(a) alone was off by 1/(2a), up to
  // half an ulp of the result when |al| is half an ulp of ah.
  double ll, lah = __math_log_kernel(ah, &ll);
  l += al * (lah - 0.5 / ah - 1.0 / (12.0 * ah * ah));
  double gl, gh = __math_exp_kernel(h, l, &k, &gl);
  sh = __math_sinpi(x, &sl);
  dd_mul(sh, sl, gh, gl, &gh, &gl);
  dd_div(MATH_PI_HI, MATH_PI_LO, gh, gl, &h, &l);
  double r = math_scale(h, -k);
  if (__builtin_fabs(r) < 0x1p-1022)
    errno = ERANGE;
  return r;
}
