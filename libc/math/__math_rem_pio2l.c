#include "math_ld.h"
#include "math_tables.h"

// Cody-Waite with pi/2 in pieces of 40, 40 and 64 bits below 2^20*pi/2
// (k*piece exact for k < 2^24), Payne-Hanek on the 64-bit mantissa beyond.
int __math_rem_pio2l(long double x, long double *y, long double *yl) {
  long double ax = __builtin_fabsl(x);
  if (ax <= 0.785398163397448309615L) {
    *y = x;
    *yl = 0;
    return 0;
  }
  if (ax < 0x1p20L * 1.57079632679489661923L) {
    long double k = x * 0.636619772367581343076L + 0x1.8p63L;
    k -= 0x1.8p63L;
    long double t = x - k * MATH_PIO2L_1;
    long double s, se;
    ld_two_sum(t, -k * MATH_PIO2L_2, &s, &se);
    long double l = se - k * MATH_PIO2L_3 - k * MATH_PIO2L_3T;
    ld_two_sum(s, l, y, yl);
    return (int)(int64_t)k & 3;
  }
  union math_ldshape u = {ax};
  int e = (u.i.se & 0x7fff) - 16383 - 63;
  double h, l;
  int n = __math_rem_pio2_large(u.i.m, e, &h, &l);
  long double r = (long double)h + l;
  long double rl = ((long double)h - r) + l;
  if (x < 0) {
    r = -r;
    rl = -rl;
    n = -n & 3;
  }
  *y = r;
  *yl = rl;
  return n;
}
