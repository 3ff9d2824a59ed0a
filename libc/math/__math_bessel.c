#include "math_bessel_tables.h"
#include "math_impl.h"
#include "math_tables.h"

// J0, J1, Y0, Y1 as double-doubles; the polynomials and their layout are
// described in tools/libm/gen_libm_bessel.c.

#define POOL math_bessel_pool

// The cell of [start, XB) that holds x.
static double cell(const uint16_t *cells, double start, double x,
                   double *lo) {
  int i = (int)((x - start) * (1 / MATH_BESSEL_W));
  return math_poly_record_at(POOL + cells[i], cells[i + 1] - cells[i], x, lo);
}

// Y_n for 2^-60 <= x < YS: (2/pi) (log(x) J_n(x) [- 1/x]) + A_n(x).
static double y_small(int n, double x, double *lo) {
  double zh = 0, zl = 0;
  if (x >= 0x1p-30)  // below, x^2 is negligible (and may underflow)
    two_prod(x, x, &zh, &zl);
  double jh, jl, ah, al;
  if (n == 0) {
    jh = math_poly_record(POOL + MATH_BESSEL_Y0_SMALL_J,
                          MATH_BESSEL_Y0_SMALL_J_LEN, zh, zl, &jl);
    ah = math_poly_record(POOL + MATH_BESSEL_Y0_SMALL_A,
                          MATH_BESSEL_Y0_SMALL_A_LEN, zh, zl, &al);
  } else {
    jh = math_poly_record(POOL + MATH_BESSEL_Y1_SMALL_J,
                          MATH_BESSEL_Y1_SMALL_J_LEN, zh, zl, &jl);
    ah = math_poly_record(POOL + MATH_BESSEL_Y1_SMALL_A,
                          MATH_BESSEL_Y1_SMALL_A_LEN, zh, zl, &al);
    dd_mul(jh, jl, x, 0, &jh, &jl);
    dd_mul(ah, al, x, 0, &ah, &al);
  }
  double lh, ll, ph, pl;
  lh = __math_log_kernel(x, &ll);
  dd_mul(lh, ll, jh, jl, &ph, &pl);
  if (n == 1) {
    double qh, ql;
    dd_div(1.0, 0, x, 0, &qh, &ql);
    dd_add(ph, pl, -qh, -ql, &ph, &pl);
  }
  dd_mul(ph, pl, MATH_2_OVER_PI_HI, MATH_2_OVER_PI_LO, &ph, &pl);
  dd_add(ph, pl, ah, al, &ph, lo);
  return ph;
}

// sum p[k] v^k over np double-double coefficients; the terms from kd on,
// small enough, in plain doubles.
static void series(const double *p, int np, int kd, double vh, double vl,
                   double *rh, double *rl) {
  double q = 0;
  int k = np - 1;
  for (; k >= kd; k--)
    q = q * vh + p[2 * k];
  double qh = q, ql = 0;
  for (; k >= 0; k--) {
    dd_mul(qh, ql, vh, vl, &qh, &ql);
    dd_add(qh, ql, p[2 * k], p[2 * k + 1], &qh, &ql);
  }
  *rh = qh, *rl = ql;
}

// sin or cos of s (|s| < 1) to about 2^-106 (__math_sincos_dd is good to
// 2^-60): Taylor's series in double-double, as 1 - z/(1*2) (1 - z/(3*4)
// (...)) for cos and s (1 - z/(2*3) (1 - z/(4*5) (...))) for sin, z = s^2;
// the 15th factor is below 2^-107.  The innermost five in plain doubles:
// they are scaled by z^10/20! < 2^-67.
static double sincos_acc(double sh, double sl, int cosine, double *lo) {
  double zh, zl, qh = 1, ql = 0, th, tl;
  dd_mul(sh, sl, sh, sl, &zh, &zl);
  for (int j = 15; j >= 11; j--)
    qh = 1 - zh * qh / ((double)(2 * j - cosine) * (double)(2 * j + 1 - cosine));
  for (int j = 10; j >= 1; j--) {
    double d = (double)(2 * j - cosine) * (double)(2 * j + 1 - cosine);
    dd_mul(qh, ql, zh, zl, &th, &tl);
    dd_div(th, tl, d, 0, &th, &tl);
    dd_add(1.0, 0, -th, -tl, &qh, &ql);
  }
  if (!cosine)
    dd_mul(qh, ql, sh, sl, &qh, &ql);
  *lo = ql;
  return qh;
}

// Hankel's expansion: sqrt(2/(pi x)) M cos(x - (2n+1) pi/4 + phi) for J_n,
// sin for Y_n.  x is reduced exactly modulo pi/2, and the phase is kept as
// a double-double so that the result stays accurate next to the zeros.
// Below 2^60 (n = 0, 1, x >= XB) M and phi are series in 1/x^2 (to 2^-112);
// from 2^60 on (n^2 < 2^-30 x) phi = (4n^2 - 1)/(8x) and M = 1 to within
// 2^-60.  acc: the cosine to 2^-106 rather than 2^-60 (for the seeds).
static double hankel(int n, int y, double x, int acc, double *lo) {
  double ph = 0, pl = 0, mh = 0, ml = 0;
  if (x < 0x1p60) {
    double uh, ul, vh, vl, qh, ql;
    dd_div(1.0, 0, x, 0, &uh, &ul);
    dd_mul(uh, ul, uh, ul, &vh, &vl);
    series(POOL + (n ? MATH_BESSEL_PHASE1 : MATH_BESSEL_PHASE0),
           (n ? MATH_BESSEL_PHASE1_LEN : MATH_BESSEL_PHASE0_LEN) / 2, 6, vh,
           vl, &qh, &ql);
    dd_mul(qh, ql, uh, ul, &ph, &pl);
    series(POOL + (n ? MATH_BESSEL_MOD1 : MATH_BESSEL_MOD0),
           (n ? MATH_BESSEL_MOD1_LEN : MATH_BESSEL_MOD0_LEN) / 2, 5, vh, vl,
           &mh, &ml);
  } else {
    ph = (4.0 * n * n - 1) * 0.125 / x;
  }
  // The angle is m pi/2 + r - n pi/2 - pi/4 + phi, r in [-pi/4, pi/4]; as
  // m' pi/2 + s with s = r -+ pi/4 + phi in about [-pi/4, pi/4].  Next to a
  // zero of the result s is about the distance of x to the zero (2^-56 for
  // j0 at 200.277) and needs an absolute accuracy of about 2^-112: the parts
  // of the same magnitude are subtracted exactly first, and pi/4 has three
  // parts (with pi/4 as a double-double, j0 was 1.15 ULP there).
  double rh, rl, sh, sl, a, ea, c, ec;
  int m = __math_rem_pio2(x, &rh, &rl);
  m = (m - (n & 3) - y) & 3;  // sin(a) = cos(a - pi/2)
  double sg = -1;
  if (rh + ph < 0) {
    sg = 1;
    m = (m - 1) & 3;
  }
  two_sum(rh, sg * MATH_BESSEL_PIO4_1, &a, &ea);
  two_sum(a, ph, &c, &ec);
  dd_add(c, ec, rl, pl, &sh, &sl);
  dd_add(sh, sl, sg * MATH_BESSEL_PIO4_2, ea, &sh, &sl);
  fast_two_sum(sh, sl + sg * MATH_BESSEL_PIO4_3, &sh, &sl);
  // cos(m pi/2 + s)
  double th, tl;
  if (acc)
    th = sincos_acc(sh, sl, !(m & 1), &tl);
  else
    th = __math_sincos_dd(sh, sl, !(m & 1), &tl);
  if (m == 1 || m == 2) {
    th = -th;
    tl = -tl;
  }
  // sqrt(2/pi) / sqrt(x) * (1 + M - 1)
  double ah, al, xh, xl;
  dd_sqrt(0.25 * x, 0, &xh, &xl);  // sqrt(x)/2: its square cannot overflow
  dd_div(0.5 * MATH_SQRT_2_OVER_PI_HI, 0.5 * MATH_SQRT_2_OVER_PI_LO, xh, xl,
         &ah, &al);
  double oh, ol;
  fast_two_sum(1.0, mh, &oh, &ol);
  dd_mul(ah, al, oh, ol + ml, &ah, &al);
  dd_mul(ah, al, th, tl, &ah, lo);
  return ah;
}

double __math_bessel_hankel(int n, int y, double x, double *lo) {
  return hankel(n, y, x, 0, lo);
}

// f = J0 or Y0 and -f' = J1 or Y1 at x in [2, XB) from the record of f's
// cell: its center c and f(c), f'(c) as double-doubles.  The Taylor
// coefficients a[k] follow from Bessel's equation x^2 f'' + x f' + x^2 f = 0
// at x = c + t (as in tools/libm/gen_libm_bessel.c), here in double-double:
// c^2 (k+1)(k+2) a[k+2] = -(c (k+1)(2k+1) a[k+1] + (k^2 + c^2) a[k]
//                          + 2c a[k-1] + a[k-2]).
// The series is summed until two terms in a row are below 2^-112 (|t| <=
// 3/4 and |a[k]| <= 1/k!: at most about 30 terms, half of them in plain
// doubles).  The other solution of the recurrence
// grows like (t/c)^k, and |t|/c < 1/3 in every cell.
static void taylor_seed(const uint16_t *cells, double start, double x,
                        double f[4]) {
  int i = (int)((x - start) * (1 / MATH_BESSEL_W));
  const double *r = POOL + cells[i];
  double th, tl, ch = r[0], cl = r[1] + r[2], c2h, c2l, ih, il;
  math_record_offset(r, x, &th, &tl);
  dd_mul(ch, cl, ch, cl, &c2h, &c2l);
  dd_div(1.0, 0, c2h, c2l, &ih, &il);
  // a[k-2], a[k-1], a[k], a[k+1]; t^k; the sums of a[k] t^k and of
  // k a[k] t^(k-1).
  double a[4][2] = {{0, 0}, {0, 0}, {r[3], r[4]}, {r[5], r[6]}};
  double ph = th, pl = tl, fh, fl, gh = r[5], gl = r[6];
  dd_mul(a[3][0], a[3][1], th, tl, &fh, &fl);
  dd_add(fh, fl, a[2][0], a[2][1], &fh, &fl);
  // Once two terms in a row are below 2^-60, the rest in plain doubles
  // (sums ft, gt); their rounding errors are below 2^-110.
  double ft = 0, gt = 0;
  int small = 0, fast = 0;
  for (int k = 0; k < 40; k++) {
    double sh, sl = 0, uh, ul, vh, vl;
    double d1 = (double)((k + 1) * (2 * k + 1)), d2 = (double)((k + 1) * (k + 2));
    if (fast) {
      sh = -(ch * a[3][0] * d1 + (c2h + k * k) * a[2][0] + 2 * ch * a[1][0] +
             a[0][0]) * ih / d2;
      uh = ph * sh;
      vh = uh * (k + 2);
      gt += vh;
      ft += uh * th;
      ph *= th;
    } else {
      dd_mul(ch, cl, a[3][0], a[3][1], &sh, &sl);
      dd_mul(sh, sl, d1, 0, &sh, &sl);
      dd_add(c2h, c2l, (double)(k * k), 0, &uh, &ul);
      dd_mul(uh, ul, a[2][0], a[2][1], &uh, &ul);
      dd_add(sh, sl, uh, ul, &sh, &sl);
      dd_mul(ch, cl, a[1][0], a[1][1], &uh, &ul);
      dd_add(sh, sl, 2 * uh, 2 * ul, &sh, &sl);
      dd_add(sh, sl, a[0][0], a[0][1], &sh, &sl);
      dd_mul(sh, sl, ih, il, &sh, &sl);
      dd_div(-sh, -sl, d2, 0, &sh, &sl);
      // a[k+2] t^(k+1) and t^(k+2)
      dd_mul(ph, pl, sh, sl, &uh, &ul);
      dd_mul(uh, ul, (double)(k + 2), 0, &vh, &vl);
      dd_add(gh, gl, vh, vl, &gh, &gl);
      dd_mul(uh, ul, th, tl, &uh, &ul);
      dd_add(fh, fl, uh, ul, &fh, &fl);
      dd_mul(ph, pl, th, tl, &ph, &pl);
    }
    for (int j = 0; j < 3; j++)
      a[j][0] = a[j + 1][0], a[j][1] = a[j + 1][1];
    a[3][0] = sh, a[3][1] = sl;
    // The terms of f' are the larger ones (|t| < 1); two in a row small
    // (a single coefficient may be small by accident).
    small = __builtin_fabs(vh) < (fast ? 0x1p-112 : 0x1p-60) ? small + 1 : 0;
    if (small == 2) {
      if (fast)
        break;
      fast = 1, small = 0;
    }
  }
  dd_add(fh, fl, ft, 0, &fh, &fl);
  dd_add(gh, gl, gt, 0, &gh, &gl);
  f[0] = fh, f[1] = fl, f[2] = -gh, f[3] = -gl;
}

void __math_bessel_seed(int y, double x, double f[4]) {
  if (x >= MATH_BESSEL_XB) {
    f[0] = hankel(0, y, x, 1, &f[1]);
    f[2] = hankel(1, y, x, 1, &f[3]);
  } else if (y) {
    taylor_seed(math_bessel_y0_cell, MATH_BESSEL_YS, x, f);
  } else {
    taylor_seed(math_bessel_j0_cell, 0, x, f);
  }
}

// kind: 0 J0, 1 J1, 2 Y0, 3 Y1; x finite, x >= 0 for J, 2^-60 <= x for Y.
double __math_bessel(int kind, double x, double *lo) {
  if (x >= MATH_BESSEL_XB)
    return hankel(kind & 1, kind >> 1, x, 0, lo);
  switch (kind) {
    case 0: return cell(math_bessel_j0_cell, 0, x, lo);
    case 1: return cell(math_bessel_j1_cell, 0, x, lo);
    case 2:
      if (x >= MATH_BESSEL_YS)
        return cell(math_bessel_y0_cell, MATH_BESSEL_YS, x, lo);
      if (__builtin_fabs(x - POOL[MATH_BESSEL_Y0_ZERO]) < 0.0625)
        return math_poly_record_at(POOL + MATH_BESSEL_Y0_ZERO,
                                   MATH_BESSEL_Y0_ZERO_LEN, x, lo);
      return y_small(0, x, lo);
    default:
      if (x >= MATH_BESSEL_YS)
        return cell(math_bessel_y1_cell, MATH_BESSEL_YS, x, lo);
      return y_small(1, x, lo);
  }
}
