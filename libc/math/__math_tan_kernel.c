#include "math_impl.h"
#include "math_tables.h"

// tan(y) = sin(y)/cos(y) with both as double-doubles and a double-double
// division; when odd, -cos(y)/sin(y).
double __math_tan_kernel(double yh, double yl, int odd) {
  double z, ze;
  two_prod(yh, yh, &z, &ze);
  const double *cs = math_sin_coef, *cc = math_cos_coef;
  double ps = cs[8], pc = cc[8];
  for (int i = 7; i >= 0; i--) {
    ps = ps * z + cs[i];
    pc = pc * z + cc[i];
  }
  double sh, sl, ch, cl, w, we;
  fast_two_sum(yh, (z * yh) * ps + yl * (1.0 - 0.5 * z), &sh, &sl);
  fast_two_sum(1.0, -0.5 * z, &w, &we);
  fast_two_sum(w, we - 0.5 * ze + (z * z) * pc - yh * yl, &ch, &cl);
  double rh, rl;
  if (!odd) {
    dd_div(sh, sl, ch, cl, &rh, &rl);
    return rh;
  }
  dd_div(ch, cl, sh, sl, &rh, &rl);
  return -rh;
}
