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
// [-500, 500] and at most 60 apart: q = min(|x|, |y|) / max(|x|, |y|),
// atan(q) as hi + lo (below 2^-6 from q and its residual, above by the
// reduction of math_atan_fast applied to the operands), then
// base + sign*atan(q) with base 0, pi/2 or pi by octant.  Otherwise the
// special cases of C Annex F, then atan(|y/x|) with the quotient as a
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
    double q = num / den, hi, lo;
    if (q < 0x1p-6) {
      // atan(q + ql) = q + (ql + atan(q) - q): the quotient's residual ql
      // from an exact product.
      double p, pe;
      two_prod(q, den, &p, &pe);
      hi = q;
      lo = ((num - p) - pe) / den + math_atan_odd(q);
    } else {
      // The reduction of math_atan_fast on num/den itself:
      // r = (num - c den)/(den + c num).  c has 6 significant bits, so
      // c*dh (dh: the top 26 bits of den) and c*dl are exact and so is
      // num - c*dh (Sterbenz): the numerator is rounded once.
      int i = math_atan_index(q);
      double c = math_atan_red_tab[i].c;
      double dh = asdouble(asuint64(den) & ~0x7ffffffULL), dl = den - dh;
      double r = ((num - c * dh) - c * dl) / (den + c * num);
      hi = math_atan_red_tab[i].hi;
      lo = r + (math_atan_red_tab[i].lo + math_atan_odd(r));
    }
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
