#include "math_impl.h"
#include "math_tables.h"

// atan2(y, x): the special cases of C Annex F, then atan(|y/x|) with the
// quotient as a double-double, and pi - atan(...) for x < 0.
double atan2(double y, double x) {
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
