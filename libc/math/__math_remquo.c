#include "math_impl.h"

// Exact remainder of x by y.  The mantissas are integers; the quotient's
// bits are produced 11 at a time by 64-bit division (m < 2^53, so
// m << 11 < 2^64), keeping only its low bits.  round = 0: fmod (quotient
// truncated); round = 1: remainder (quotient rounded to nearest, ties to
// even).  *quo gets the low 31 bits of the quotient's magnitude.
double __math_remquo(double x, double y, int *quo, int round) {
  uint64_t ix = asuint64(x), iy = asuint64(y);
  int sx = (int)(ix >> 63);
  ix &= 0x7fffffffffffffffULL;
  iy &= 0x7fffffffffffffffULL;
  *quo = 0;
  if (ix >= 0x7ff0000000000000ULL || iy > 0x7ff0000000000000ULL || iy == 0) {
    if (isnan(x) || isnan(y))
      return x + y;
    return math_invalid(0.0);
  }
  if (iy == 0x7ff0000000000000ULL)
    return x;  // |x| < inf: quotient 0
  int ex = (int)(ix >> 52), ey = (int)(iy >> 52);
  uint64_t mx = ex ? (ix & 0x000fffffffffffffULL) | (1ULL << 52) : ix;
  uint64_t my = ey ? (iy & 0x000fffffffffffffULL) | (1ULL << 52) : iy;
  if (!ex)
    ex = 1;
  if (!ey)
    ey = 1;
  uint64_t q = 0;
  if (ex >= ey) {
    q = mx / my;
    mx %= my;
    while (ex > ey) {
      int s = ex - ey < 11 ? ex - ey : 11;
      uint64_t t = mx << s;
      q = (q << s) + t / my;
      mx = t % my;
      ex -= s;
    }
  } else {
    // |x| < |y|: quotient 0, remainder x (as mantissa mx at exponent ex).
  }
  // r = mx * 2^(ex - 1075), exact.
  double r;
  if (ex >= 53)
    r = (double)mx * asdouble((uint64_t)(0x3ff + ex - 1075) << 52);
  else
    r = (double)mx * asdouble((uint64_t)(0x3ff + ex - 1) << 52) * 0x1p-1074;
  if (round) {
    double ay = asdouble(iy);
    double d = ay - r;  // exact when r >= ay/2 (Sterbenz)
    if (r > d || (r == d && (q & 1))) {
      r = -d;
      q++;
    }
  }
  *quo = (int)(q & 0x7fffffff);
  return sx ? -r : r;
}
