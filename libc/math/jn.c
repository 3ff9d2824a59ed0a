#include "math_impl.h"

// h * 2^k (h normal), rounded once where the result is normal.
static double scale(double h, int k) {
  int e = (int)((asuint64(h) >> 52) & 0x7ff) - 1023;
  return math_scale_tiny(h * asdouble((uint64_t)(1023 - e) << 52), k + e);
}

// J_n(x) for n >= 2, x > 0.
static double jn_pos(unsigned n, double x, double *lo) {
  double dn = n;
  if (x >= 0x1p60 && dn * dn < x * 0x1p-30)
    return __math_bessel_hankel((int)(n & 3), 0, x, lo);
  // |J_n(x)| <= (x/2)^n / n!: below 2^-1075 the result underflows.
  double gl, lg = __math_lgamma_pos(dn + 1, &gl);
  double ll, lx = __math_log_kernel(0.5 * x, &ll);
  if (dn * lx - lg < -745.2)
    return *lo = 0, 0.0;
  double ah, al, bh, bl, th, tl;
  if (dn < x) {
    // Forward recurrence J_{k+1} = (2k/x) J_k - J_{k-1}: stable for k < x,
    // but next to a zero of J_n the result is much smaller than the terms
    // (about the envelope sqrt(2/(pi x))), hence the accurate seeds.
    double f[4];
    __math_bessel_seed(0, x, f);
    ah = f[0], al = f[1], bh = f[2], bl = f[3];
    for (unsigned k = 1; k < n; k++) {
      dd_div(2.0 * k, 0, x, 0, &th, &tl);
      dd_mul(th, tl, bh, bl, &th, &tl);
      dd_add(th, tl, -ah, -al, &th, &tl);
      ah = bh, al = bl, bh = th, bl = tl;
    }
    // Next to a zero of J_n (|J_n| far below |J_{n-1}|, about the envelope
    // there) the 2^-104 of the envelope left by the seeds and the steps
    // would show in the last bits: recompute in triple-double.
    if (__builtin_fabs(bh) < 0x1p-30 * __builtin_fabs(ah) && x < 0x1p60)
      return *lo = 0, __math_bessel_td(0, n, x);
    *lo = bl;
    return bh;
  }
  if (x < 0x1p-30) {
    // (x/2)^n / n! (1 - x^2/(4(n+1))): the product scaled by 2^600 (its
    // partial products only decrease and the result is above 2^-1075).
    ah = 0x1p600, al = 0;
    for (unsigned k = 1; k <= n; k++) {
      dd_div(0.5 * x, 0, k, 0, &th, &tl);
      dd_mul(ah, al, th, tl, &ah, &al);
    }
    *lo = 0;
    return scale(ah, -600);
  }
  // Miller's backward recurrence from far enough above n and x that the
  // start values' error has died out by n (the transition region around
  // x is about x^(1/3) wide), then normalized by J0(x) or J1(x).
  unsigned top = n + 40 + (unsigned)(12 * __builtin_cbrt(x));
  double fh = 1, fl = 0, gh = 0, gl2 = 0, nh = 0, nl = 0;
  int sc = 0, scn = 0;
  for (unsigned k = top; k >= 1; k--) {
    // f_{k-1} = (2k/x) f_k - f_{k+1}
    dd_div(2.0 * k, 0, x, 0, &th, &tl);
    dd_mul(th, tl, fh, fl, &th, &tl);
    dd_add(th, tl, -gh, -gl2, &th, &tl);
    gh = fh, gl2 = fl, fh = th, fl = tl;
    if (k - 1 == n)
      nh = fh, nl = fl, scn = sc;
    if (__builtin_fabs(fh) > 0x1p500) {
      fh *= 0x1p-500, fl *= 0x1p-500, gh *= 0x1p-500, gl2 *= 0x1p-500;
      sc += 500;
    }
  }
  // f_0 = fh, f_1 = gh.
  double jh, jl;
  double j0h, j0l, j1h, j1l;
  j0h = __math_bessel(0, x, &j0l);
  j1h = __math_bessel(1, x, &j1l);
  if (__builtin_fabs(j0h) >= __builtin_fabs(j1h)) {
    dd_div(nh, nl, fh, fl, &th, &tl);
    dd_mul(th, tl, j0h, j0l, &jh, &jl);
  } else {
    dd_div(nh, nl, gh, gl2, &th, &tl);
    dd_mul(th, tl, j1h, j1l, &jh, &jl);
  }
  *lo = jl;
  if (sc != scn)
    return scale(jh, scn - sc);
  return jh;
}

double jn(int n, double x) {
  if (isnan(x))
    return x + x;
  // J_{-n} = (-1)^n J_n, J_n(-x) = (-1)^n J_n(x).
  unsigned an = n < 0 ? -(unsigned)n : (unsigned)n;
  int neg = (an & 1) && ((n < 0) != (__builtin_signbit(x) != 0));
  double ax = __builtin_fabs(x), r, lo;
  if (an == 0)
    return j0(x);
  if (an == 1)
    r = j1(ax);
  else if (ax == 0 || ax == INFINITY)
    r = 0;
  else {
    r = jn_pos(an, ax, &lo);
    if (r == 0)
      return math_uflow(neg);
    if (__builtin_fabs(r) < 0x1p-1022)
      errno = ERANGE;
  }
  return neg ? -r : r;
}
