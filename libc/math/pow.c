#include "math_fast.h"

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

// log(x) = hi + *lo for x > 0 normal, relative error about 2^-70: the
// reduction of log with z's top 33 bits (zh*invc - 1 exact), and the
// square in -r^2/2 split so that its main part is exact.
static double log_dd(uint64_t ix, double *lo) {
  struct math_log_red v = math_log_reduce(ix, 0xfff00000ULL);
  double w = v.kd * MATH_LOG_LN2_HI + math_log_fast_tab[v.i].logc_hi;
  double h1 = w + v.rh;
  double e1 = (w - h1) + v.rh;  // |w| >= |rh| or w = 0
  double rhh = asdouble(asuint64(v.rh) & ~0x7ffffffULL);  // 26 bits
  double rhl = v.rh - rhh;
  double s = -0.5 * (rhh * rhh);  // exact
  double h = h1 + s;
  double e2 = (h1 - h) + s;  // |s| < |h1|/2^7
  double r = v.rh + v.rl;
  const double *c = math_pow_log_poly;
  double r2 = r * r, r4 = r2 * r2;
  double q = (r2 * r) * (((c[0] + r * c[1]) + r2 * (c[2] + r * c[3])) +
                         r4 * ((c[4] + r * c[5]) + r2 * (c[6] + r * c[7])));
  double l = e1 + e2 + v.rl + v.kd * MATH_LOG_LN2_LO +
             math_log_fast_tab[v.i].logc_lo -
             (rhh * rhl + 0.5 * (rhl * rhl) + v.rl * (v.rh + 0.5 * v.rl)) + q;
  double hi = h + l;
  *lo = (h - hi) + l;
  return hi;
}

// Outside the fast path: apart, so that the fast path needs no stack
// frame.
static __attribute__((noinline)) double pow_slow(double x, double y) {
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

// x^y = exp(y * log(x)).  Fast path for x > 0 normal, 2^-60 <= |y| < 2^64,
// |y*log(x)| < 700: log_dd, the product as a double-double and
// math_exp_fast.  Otherwise: log(|x|) as a double-double accurate to about
// 2^-68 relative, the product as a double-double and exp of a
// double-double with the double-double kernels.
double pow(double x, double y) {
  uint64_t ix = asuint64(x);
  if (__builtin_expect(ix - 0x0010000000000000ULL <
                               0x7ff0000000000000ULL - 0x0010000000000000ULL &&
                           (asuint64(y) & 0x7fffffffffffffffULL) -
                                   0x3c30000000000000ULL <
                               0x43f0000000000000ULL - 0x3c30000000000000ULL,
                       1)) {  // 2^-60 <= |y| < 2^64: no underflow inside
    double ll, lh = log_dd(ix, &ll);
    double th, tl;
    two_prod(y, lh, &th, &tl);
    tl += y * ll;
    if (__builtin_expect(__builtin_fabs(th) < 700.0, 1))
      return math_exp_fast(th, tl);
  }
  return pow_slow(x, y);
}
