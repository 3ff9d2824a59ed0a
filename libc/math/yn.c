#include "math_bessel_tables.h"
#include "math_impl.h"

// Y_n(x) for n >= 2, x > 0 finite; *ovf set when |Y_n(x)| overflows.
static double yn_pos(unsigned n, double x, int *ovf) {
  double dn = n, th, tl, lo;
  *ovf = 0;
  if (x >= 0x1p60 && dn * dn < x * 0x1p-30)
    return __math_bessel_hankel((int)(n & 3), 1, x, &lo);
  if (x < 0x1p-60) {
    // -(n-1)!/pi (2/x)^n to within a relative 2^-110 n; overflows unless
    // n log(2/x) + log((n-1)!) is small.
    double q = 2 / x;
    if (isinf(q)) {
      *ovf = 1;
      return -INFINITY;
    }
    double gl, lg = __math_lgamma_pos(dn, &gl);
    double ll, lx = __math_log_kernel(q, &ll);
    if (dn * lx + lg > 712) {
      *ovf = 1;
      return -INFINITY;
    }
    // The product scaled by 2^-100 stays below 2^995 (no overflow in the
    // double-double steps).
    double ph = MATH_2_OVER_PI_HI * 0x1p-101, pl = MATH_2_OVER_PI_LO * 0x1p-101;
    double qh, ql;
    dd_div(2.0, 0, x, 0, &qh, &ql);
    for (unsigned k = 1; k <= n; k++) {
      dd_mul(ph, pl, qh, ql, &ph, &pl);
      if (k < n)
        dd_mul(ph, pl, k, 0, &ph, &pl);
    }
    double r = -ph * 0x1p100;
    *ovf = isinf(r);
    return r;
  }
  // Forward recurrence Y_{k+1} = (2k/x) Y_k - Y_{k-1} (Y grows with k), the
  // values scaled by 2^-500 whenever they pass 2^500.  Next to a zero of
  // Y_n (x > n >= 2) the result is much smaller than the terms (about the
  // envelope sqrt(2/(pi x))), hence the accurate seeds; below 2, Y_n has
  // no zeros and Y0, Y1 to a relative 2^-60 suffice.
  double ah, al, bh, bl;
  if (x >= 2) {
    double f[4];
    __math_bessel_seed(1, x, f);
    ah = f[0], al = f[1], bh = f[2], bl = f[3];
  } else {
    ah = __math_bessel(2, x, &al);
    bh = __math_bessel(3, x, &bl);
  }
  int sc = 0;
  for (unsigned k = 1; k < n; k++) {
    dd_div(2.0 * k, 0, x, 0, &th, &tl);
    dd_mul(th, tl, bh, bl, &th, &tl);
    dd_add(th, tl, -ah, -al, &th, &tl);
    ah = bh, al = bl, bh = th, bl = tl;
    if (__builtin_fabs(bh) > 0x1p500) {
      if (sc) {  // beyond 2^1000
        *ovf = 1;
        return -INFINITY;
      }
      ah *= 0x1p-500, al *= 0x1p-500, bh *= 0x1p-500, bl *= 0x1p-500;
      sc = 500;
    }
  }
  // Next to a zero of Y_n (x > n, |Y_n| far below |Y_{n-1}|, about the
  // envelope there): recompute in triple-double, as in jn.
  if (!sc && x >= 2 && x < 0x1p60 &&
      __builtin_fabs(bh) < 0x1p-30 * __builtin_fabs(ah))
    return __math_bessel_td(1, n, x);
  if (sc) {
    double r = bh * 0x1p500;
    *ovf = isinf(r);
    return r;
  }
  return bh;
}

double yn(int n, double x) {
  if (isnan(x))
    return x + x;
  // Y_{-n} = (-1)^n Y_n.
  unsigned an = n < 0 ? -(unsigned)n : (unsigned)n;
  int neg = (an & 1) && n < 0;
  if (x == 0)
    return math_divzero(!neg);
  if (x < 0)
    return math_invalid(x);
  if (an == 0)
    return y0(x);
  double r;
  if (x == INFINITY)
    r = 0;
  else if (an == 1)
    r = y1(x);
  else {
    int ovf;
    r = yn_pos(an, x, &ovf);
    if (ovf)
      return math_oflow(!neg);
  }
  return neg ? -r : r;
}
