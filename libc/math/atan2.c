#include "math_fast.h"
#include "math_tables.h"

// Outside the fast range: apart, so that the fast path needs no stack
// frame.
static __attribute__((noinline)) double atan2_slow(double y, double x) {
  if (isnan(x) || isnan(y))
    return x + y;
  int sy = __builtin_signbit(y), sx = __builtin_signbit(x);
  double pi = MATH_PI_HI + MATH_PI_LO, pio2 = MATH_PIO2_HI + MATH_PIO2_LO;
  double r;
  if (y == 0) {
    r = sx ? pi : 0.0;
    return sy ? -r : r;
  }
  if (x == 0) {
    r = pio2;
    return sy ? -r : r;
  }
  if (isinf(x)) {
    if (isinf(y))
      r = sx ? 0x1.2d97c7f3321d2p+1 : MATH_PIO2_HI * 0.5;
    else
      r = sx ? pi : 0.0;
    return sy ? -r : r;
  }
  if (isinf(y))
    return sy ? -pio2 : pio2;
  double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
  int ex = (int)(asuint64(ax) >> 52), ey = (int)(asuint64(ay) >> 52);
  if (ey - ex > 60) {
    r = pio2 + 0x1p-1000;
    return sy ? -r : r;
  }
  if (ex - ey > 60) {
    if (sx) {
      r = pi + 0x1p-1000;
    } else {
      r = ay / ax;
      if (r < 0x1p-1022)
        errno = ERANGE;
    }
    return sy ? -r : r;
  }
  if (ax > 0x1p700 || ay > 0x1p700) {
    ax *= 0x1p-600;
    ay *= 0x1p-600;
  } else if (ax < 0x1p-700 || ay < 0x1p-700) {
    ax *= 0x1p600;
    ay *= 0x1p600;
  }
  double qh, ql, lo;
  dd_div(ay, 0.0, ax, 0.0, &qh, &ql);
  double a = __math_atan_kernel(qh, ql, &lo);
  if (sx) {
    double s, e;
    fast_two_sum(MATH_PI_HI, -a, &s, &e);
    r = s + (e + MATH_PI_LO - lo);
  } else {
    r = a;
  }
  return sy ? -r : r;
}

// atan2(y, x).  Fast path for finite nonzero x, y with exponents within
// [-500, 500] and at most 60 apart: q = min(|x|, |y|) / max(|x|, |y|) as a
// double-double (residual from an exact product), atan(q) = math_atan_dd,
// then base + sign*atan(q) with base 0, pi/2 or pi by octant.  Otherwise
// the special cases of C Annex F, then atan(|y/x|) with the quotient as a
// double-double, and pi - atan(...) for x < 0.
double atan2(double y, double x) {
  uint64_t ix = asuint64(x) & 0x7fffffffffffffffULL;
  uint64_t iy = asuint64(y) & 0x7fffffffffffffffULL;
  int bx = (int)(ix >> 52), by = (int)(iy >> 52);
  if (__builtin_expect((unsigned)(bx - (0x3ff - 500)) <= 1000 &&
                           (unsigned)(by - (0x3ff - 500)) <= 1000 &&
                           (unsigned)(bx - by + 60) <= 120, 1)) {
    double ax = asdouble(ix), ay = asdouble(iy);
    int swap = ay > ax;
    double num = swap ? ax : ay, den = swap ? ay : ax;
    double q = num / den, inv = 1.0 / den, p, pe;
    two_prod(q, den, &p, &pe);
    double lo, hi = math_atan_dd(q, ((num - p) - pe) * inv, &lo);
    // x > 0: atan or pi/2 - atan; x < 0: pi - atan or pi/2 + atan.
    int neg = (x < 0) != swap;
    static const double base[4][2] = {{0, 0},
                                      {MATH_PIO2_HI, MATH_PIO2_LO},
                                      {MATH_PI_HI, MATH_PI_LO},
                                      {MATH_PIO2_HI, MATH_PIO2_LO}};
    const double *b = base[(x < 0) * 2 + swap];
    if (neg) {
      hi = -hi;
      lo = -lo;
    }
    double s, e;
    fast_two_sum(b[0], hi, &s, &e);
    double r = s + ((e + b[1]) + lo);
    return y < 0 ? -r : r;
  }
  return atan2_slow(y, x);
}
