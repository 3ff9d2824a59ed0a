#include "math_impl.h"
#include "math_tables.h"

// atan(yh + yl) for y >= 0 as a double-double.  y > 1 uses
// atan(y) = pi/2 - atan(1/y).  Otherwise c = i/16 nearest to y and
// atan(y) = atan(c) + atan(t), t = (y - c)/(1 + y*c), |t| <= 1/31, where
// y - c is exact (Sterbenz) and the rest is double-double; atan(t) by its
// Taylor series.
double __math_atan_kernel(double yh, double yl, double *lo) {
  int inv = 0;
  if (yh > 1.0) {
    dd_div(1.0, 0.0, yh, yl, &yh, &yl);
    inv = 1;
  }
  int i = (int)(yh * 16.0 + 0.5);
  double c = i * 0.0625;
  double nh, nl, th, tl;
  two_sum(yh - c, yl, &nh, &nl);
  if (i == 0) {
    th = nh;
    tl = nl;
  } else {
    double p, pe, dh, de;
    two_prod(yh, c, &p, &pe);
    fast_two_sum(1.0, p, &dh, &de);
    dd_div(nh, nl, dh, de + pe + yl * c, &th, &tl);
  }
  double z = th * th;
  const double *a = math_atan_coef;
  double q = a[6];
  for (int j = 5; j >= 0; j--)
    q = q * z + a[j];
  double tail = (z * th) * q + tl * (1.0 - z);
  double s, se, rh, rl;
  two_sum(math_atan_tab[i][0], th, &s, &se);
  fast_two_sum(s, se + math_atan_tab[i][1] + tail, &rh, &rl);
  if (inv) {
    double u, ue;
    fast_two_sum(MATH_PIO2_HI, -rh, &u, &ue);
    fast_two_sum(u, ue + MATH_PIO2_LO - rl, &rh, &rl);
  }
  *lo = rl;
  return rh;
}
