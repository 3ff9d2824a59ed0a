#include "math_impl.h"

// 0: y not an integer, 1: odd integer, 2: even integer.
static int int_kind(double y) {
  double ay = __builtin_fabs(y);
  if (ay >= 0x1p53)
    return 2;
  if (ay < 1.0)
    return y == 0 ? 2 : 0;
  int64_t i = (int64_t)ay;
  if ((double)i != ay)
    return 0;
  return (i & 1) ? 1 : 2;
}

// x^y = exp(y * log(x)) with log(|x|) as a double-double accurate to about
// 2^-68 relative, the product as a double-double and exp of a double-double.
double pow(double x, double y) {
  if (y == 0.0 || x == 1.0)
    return 1.0;
  if (isnan(x) || isnan(y))
    return x + y;
  int neg = 0;
  if (isinf(y)) {
    double ax = __builtin_fabs(x);
    if (ax == 1.0)
      return 1.0;
    if ((ax < 1.0) == (y < 0))
      return __builtin_inf();
    return 0.0;
  }
  int kind = int_kind(y);
  if (x == 0.0) {
    int s = kind == 1 && __builtin_signbit(x);
    if (y < 0)
      return math_divzero(s);
    return s ? -0.0 : 0.0;
  }
  if (isinf(x)) {
    int s = kind == 1 && x < 0;
    double r = y < 0 ? 0.0 : __builtin_inf();
    return s ? -r : r;
  }
  if (x < 0) {
    if (kind == 0)
      return math_invalid(x);
    neg = kind == 1;
    x = -x;
    // (-1)^y for an integer y: every |y| >= 2^53 is even, so huge y give 1.
    if (x == 1.0)
      return neg ? -1.0 : 1.0;
  }
  double ay = __builtin_fabs(y);
  if (ay > 0x1p64) {
    // |log x| >= 2^-54, so |y*log x| > 2^10: overflow or underflow.
    if ((x > 1.0) == (y > 0))
      return math_oflow(neg);
    return math_uflow(neg);
  }
  double lo;
  double lh = __math_log_kernel(x, &lo);
  double zh, zl;
  two_prod(y, lh, &zh, &zl);
  zl += y * lo;
  double z, zt;
  fast_two_sum(zh, zl, &z, &zt);
  if (z > 709.79)
    return math_oflow(neg);
  if (z < -745.2)
    return math_uflow(neg);
  int k;
  double l;
  double h = __math_exp_kernel(z, zt, &k, &l);
  double r;
  if (k < -1021) {
    r = math_scale_tiny(h, k);
  } else {
    r = math_scale(h, k);
    if (isinf(r))
      errno = ERANGE;
  }
  return neg ? -r : r;
}
