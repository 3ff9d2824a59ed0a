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

// Hankel's expansion: sqrt(2/(pi x)) M cos(x - (2n+1) pi/4 + phi) for J_n,
// sin for Y_n.  x is reduced exactly modulo pi/2, and the phase is kept as
// a double-double so that the result stays accurate next to the zeros.
// Below 2^60 (n = 0, 1, x >= XB) M and phi are series in 1/x^2; from 2^60
// on (n^2 < 2^-30 x) phi = (4n^2 - 1)/(8x) and M = 1 to within 2^-60.
double __math_bessel_hankel(int n, int y, double x, double *lo) {
  double ph = 0, pl = 0, mh = 0, ml = 0;
  if (x < 0x1p60) {
    double uh, ul, vh, vl;
    dd_div(1.0, 0, x, 0, &uh, &ul);
    dd_mul(uh, ul, uh, ul, &vh, &vl);
    const double *p = POOL + (n ? MATH_BESSEL_PHASE1 : MATH_BESSEL_PHASE0);
    int np = (n ? MATH_BESSEL_PHASE1_LEN : MATH_BESSEL_PHASE0_LEN) / 2;
    double q = 0;
    int k = np - 1;
    for (; k >= 6; k--)  // these terms are below 2^-50 of phi
      q = q * vh + p[2 * k];
    double qh = q, ql = 0;
    for (; k >= 0; k--) {
      dd_mul(qh, ql, vh, vl, &qh, &ql);
      dd_add(qh, ql, p[2 * k], p[2 * k + 1], &qh, &ql);
    }
    dd_mul(qh, ql, uh, ul, &ph, &pl);
    if (n)
      mh = math_poly_record(POOL + MATH_BESSEL_MOD1, MATH_BESSEL_MOD1_LEN, vh,
                            vl, &ml);
    else
      mh = math_poly_record(POOL + MATH_BESSEL_MOD0, MATH_BESSEL_MOD0_LEN, vh,
                            vl, &ml);
  } else {
    ph = (4.0 * n * n - 1) * 0.125 / x;
  }
  double rh, rl, sh, sl;
  int m = __math_rem_pio2(x, &rh, &rl);
  n &= 3;
  dd_add(rh, rl, -0.5 * MATH_PIO2_HI, -0.5 * MATH_PIO2_LO, &sh, &sl);
  dd_add(sh, sl, ph, pl, &sh, &sl);
  // The angle is m pi/2 + s - n pi/2, s in [-pi/2, 0] + phi.
  m = (m - n - y) & 3;  // sin(a) = cos(a - pi/2)
  if (sh < -0.5 * MATH_PIO2_HI) {
    dd_add(sh, sl, MATH_PIO2_HI, MATH_PIO2_LO, &sh, &sl);
    m = (m - 1) & 3;
  }
  // cos(m pi/2 + s)
  double th, tl;
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

// kind: 0 J0, 1 J1, 2 Y0, 3 Y1; x finite, x >= 0 for J, 2^-60 <= x for Y.
double __math_bessel(int kind, double x, double *lo) {
  if (x >= MATH_BESSEL_XB)
    return __math_bessel_hankel(kind & 1, kind >> 1, x, lo);
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
