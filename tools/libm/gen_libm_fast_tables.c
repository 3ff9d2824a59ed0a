// Generates libc/internal/math_fast_tables.h: the tables and polynomial
// coefficients of the fast double and float paths of exp, exp2, log, log2,
// pow, sin, cos, tan, atan and atan2 (and their float versions).  Values
// are computed with GNU MPFR; polynomials are near-minimax fits found by
// Lawson's iteration (iteratively reweighted least squares on a dense grid),
// rounded to double.  Each fit is followed by a comment with the maximum
// error of the rounded coefficients on the grid (log2, relative or
// absolute as noted).
//
// Regenerate:
//   cc -O2 -o /tmp/gen_libm_fast_tables tools/libm/gen_libm_fast_tables.c
//     -lmpfr -lgmp -lm   (one command)
//   /tmp/gen_libm_fast_tables > libc/internal/math_fast_tables.h
#include <math.h>
#include <mpfr.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define PREC 256
#define RND MPFR_RNDN
#define GRID 400
#define ITER 60
#define MAXC 16

typedef union { double f; uint64_t i; } bits;

// Target of a fit at x: the function value t and the weight w of the error
// (1 for absolute error, 1/|f| for relative).
typedef void (*target)(mpfr_t t, mpfr_t w, const mpfr_t x);

static double fit_param;  // the interval centre of table fits

static mpfr_t gx[GRID], gt[GRID], gw[GRID], gu[GRID], gb[GRID][MAXC];
static mpfr_t gm[MAXC][MAXC + 1], gc[MAXC], s_, e_, tot_;

static void grid_init(void) {
  static int init;
  if (init)
    return;
  for (int j = 0; j < GRID; j++) {
    mpfr_inits2(PREC, gx[j], gt[j], gw[j], gu[j], (mpfr_ptr)0);
    for (int i = 0; i < MAXC; i++)
      mpfr_init2(gb[j][i], PREC);
  }
  for (int i = 0; i < MAXC; i++) {
    mpfr_init2(gc[i], PREC);
    for (int k = 0; k <= MAXC; k++)
      mpfr_init2(gm[i][k], PREC);
  }
  mpfr_inits2(PREC, s_, e_, tot_, (mpfr_ptr)0);
  init = 1;
}

// Chebyshev-distributed grid on [a, b] including the end points, with the
// target and weight at each point.
static void grid_fill(target f, double a, double b) {
  grid_init();
  for (int j = 0; j < GRID; j++) {
    mpfr_const_pi(s_, RND);
    mpfr_mul_d(s_, s_, (double)j / (GRID - 1), RND);
    mpfr_cos(s_, s_, RND);  // 1 .. -1
    mpfr_mul_d(s_, s_, (b - a) / 2, RND);
    mpfr_add_d(gx[j], s_, (a + b) / 2, RND);
    if (mpfr_zero_p(gx[j]))
      mpfr_set_d(gx[j], (b - a) * 1e-9, RND);
    f(gt[j], gw[j], gx[j]);
  }
}

// Lawson's iteration for min max_j |gw_j (gt_j - sum_i gc_i gb_j,i)| over
// the n basis functions gb.
static void lawson(int n) {
  mpfr_ptr s = s_, e = e_, tot = tot_;
  for (int j = 0; j < GRID; j++)
    mpfr_set_d(gu[j], 1.0 / GRID, RND);
  for (int it = 0; it < ITER; it++) {
    // Normal equations of the weighted least squares problem.
    for (int i = 0; i < n; i++)
      for (int k = 0; k <= n; k++)
        mpfr_set_zero(gm[i][k], 1);
    for (int j = 0; j < GRID; j++) {
      mpfr_sqr(s, gw[j], RND);
      mpfr_mul(s, s, gu[j], RND);  // u w^2
      for (int i = 0; i < n; i++) {
        mpfr_mul(e, s, gb[j][i], RND);
        for (int k = 0; k < n; k++)
          mpfr_fma(gm[i][k], e, gb[j][k], gm[i][k], RND);
        mpfr_fma(gm[i][n], e, gt[j], gm[i][n], RND);
      }
    }
    // Gaussian elimination with partial pivoting.
    for (int i = 0; i < n; i++) {
      int p = i;
      for (int k = i + 1; k < n; k++)
        if (mpfr_cmpabs(gm[k][i], gm[p][i]) > 0)
          p = k;
      if (p != i)
        for (int k = 0; k <= n; k++)
          mpfr_swap(gm[i][k], gm[p][k]);
      for (int r = i + 1; r < n; r++) {
        mpfr_div(s, gm[r][i], gm[i][i], RND);
        for (int k = i; k <= n; k++) {
          mpfr_mul(e, s, gm[i][k], RND);
          mpfr_sub(gm[r][k], gm[r][k], e, RND);
        }
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      mpfr_set(s, gm[i][n], RND);
      for (int k = i + 1; k < n; k++) {
        mpfr_mul(e, gm[i][k], gc[k], RND);
        mpfr_sub(s, s, e, RND);
      }
      mpfr_div(gc[i], s, gm[i][i], RND);
    }
    // Lawson update: u_j <- u_j |err_j| / sum.
    mpfr_set_zero(tot, 1);
    for (int j = 0; j < GRID; j++) {
      mpfr_set(s, gt[j], RND);
      for (int i = 0; i < n; i++) {
        mpfr_mul(e, gc[i], gb[j][i], RND);
        mpfr_sub(s, s, e, RND);
      }
      mpfr_mul(s, s, gw[j], RND);
      mpfr_abs(s, s, RND);
      mpfr_mul(gu[j], gu[j], s, RND);
      mpfr_add(tot, tot, gu[j], RND);
    }
    for (int j = 0; j < GRID; j++)
      mpfr_div(gu[j], gu[j], tot, RND);
  }
}

// Fits t(x) ~ sum_{i<n} c_i x^(e0 + step*i) on [a, b]; writes the rounded
// coefficients to c and returns log2 of the largest weighted error of the
// rounded polynomial on the grid.
static double fit(target f, double a, double b, int e0, int step, int n,
                  double *c) {
  grid_fill(f, a, b);
  // The coefficients are rounded one at a time, the lowest order first,
  // and the others fitted again to absorb that rounding error.
  for (int k = 0; k < n; k++) {
    for (int j = 0; j < GRID; j++)
      for (int i = k; i < n; i++)
        mpfr_pow_si(gb[j][i - k], gx[j], e0 + step * i, RND);
    lawson(n - k);
    c[k] = mpfr_get_d(gc[0], RND);
    for (int j = 0; j < GRID; j++) {
      mpfr_pow_si(e_, gx[j], e0 + step * k, RND);
      mpfr_mul_d(e_, e_, c[k], RND);
      mpfr_sub(gt[j], gt[j], e_, RND);
    }
  }
  grid_fill(f, a, b);
  double worst = 0;
  for (int j = 0; j < GRID; j++) {
    mpfr_set(s_, gt[j], RND);
    for (int i = 0; i < n; i++) {
      mpfr_pow_si(e_, gx[j], e0 + step * i, RND);
      mpfr_mul_d(e_, e_, c[i], RND);
      mpfr_sub(s_, s_, e_, RND);
    }
    mpfr_mul(s_, s_, gw[j], RND);
    double d = fabs(mpfr_get_d(s_, RND));
    if (d > worst)
      worst = d;
  }
  return log2(worst);
}

// Fits an odd function t(y) ~ y*P(z)/Q(z), z = y^2, P of degree np - 1,
// Q = 1 + q1 z + ... of degree nq, by repeated linearized fits
// t*Q - y*P weighted by w/Q_previous.  c gets p0.., then q1..; returns log2
// of the largest relative error of the rounded rational function.
static double fit_rational(target f, double b, int np, int nq, double *c) {
  static mpfr_t w0[GRID], q[GRID];
  static int init;
  grid_fill(f, 0, b);
  if (!init) {
    for (int j = 0; j < GRID; j++)
      mpfr_inits2(PREC, w0[j], q[j], (mpfr_ptr)0);
    init = 1;
  }
  for (int j = 0; j < GRID; j++) {
    mpfr_set(w0[j], gw[j], RND);
    mpfr_set_ui(q[j], 1, RND);
  }
  for (int outer = 0; outer < 8; outer++) {
    for (int j = 0; j < GRID; j++) {
      mpfr_div(gw[j], w0[j], q[j], RND);
      mpfr_sqr(s_, gx[j], RND);  // z
      mpfr_set(e_, gx[j], RND);
      for (int i = 0; i < np; i++) {
        mpfr_set(gb[j][i], e_, RND);
        mpfr_mul(e_, e_, s_, RND);
      }
      mpfr_neg(e_, gt[j], RND);
      for (int k = 0; k < nq; k++) {
        mpfr_mul(e_, e_, s_, RND);
        mpfr_set(gb[j][np + k], e_, RND);
      }
    }
    lawson(np + nq);
    for (int j = 0; j < GRID; j++) {
      mpfr_sqr(s_, gx[j], RND);
      mpfr_set_ui(q[j], 1, RND);
      mpfr_set_ui(e_, 1, RND);
      for (int k = 0; k < nq; k++) {
        mpfr_mul(e_, e_, s_, RND);
        mpfr_fma(q[j], gc[np + k], e_, q[j], RND);
      }
    }
  }
  for (int i = 0; i < np + nq; i++)
    c[i] = mpfr_get_d(gc[i], RND);
  double worst = 0;
  mpfr_t pp, qq, z, zk;
  mpfr_inits2(PREC, pp, qq, z, zk, (mpfr_ptr)0);
  for (int j = 0; j < GRID; j++) {
    mpfr_sqr(z, gx[j], RND);
    mpfr_set_zero(pp, 1);
    mpfr_set_ui(qq, 1, RND);
    mpfr_set_ui(zk, 1, RND);
    for (int i = 0; i < np || i < nq + 1; i++) {
      if (i < np) {
        mpfr_mul_d(s_, zk, c[i], RND);
        mpfr_add(pp, pp, s_, RND);
      }
      if (i >= 1 && i <= nq) {
        mpfr_mul_d(s_, zk, c[np + i - 1], RND);
        mpfr_add(qq, qq, s_, RND);
      }
      mpfr_mul(zk, zk, z, RND);
    }
    mpfr_mul(pp, pp, gx[j], RND);
    mpfr_div(pp, pp, qq, RND);
    mpfr_sub(pp, pp, gt[j], RND);
    mpfr_mul(pp, pp, w0[j], RND);
    double d = fabs(mpfr_get_d(pp, RND));
    if (d > worst)
      worst = d;
  }
  mpfr_clears(pp, qq, z, zk, (mpfr_ptr)0);
  return log2(worst);
}

static void print_coefs(const char *name, const double *c, int n, double err,
                        const char *what) {
  printf("// %s error 2^%.1f\n", what, err);
  printf("static const double %s[%d] = {\n", name, n);
  for (int i = 0; i < n; i++)
    printf("    %a,\n", c[i]);
  printf("};\n");
}

// Targets.
static void t_expm1_r(mpfr_t t, mpfr_t w, const mpfr_t x) {  // e^x - 1 - x
  mpfr_expm1(t, x, RND);
  mpfr_sub(t, t, x, RND);
  mpfr_set_ui(w, 1, RND);
}
static void t_exp2n(mpfr_t t, mpfr_t w, const mpfr_t x) {  // 2^(x/N) - 1
  mpfr_div_ui(t, x, 128, RND);
  mpfr_exp2(t, t, RND);
  mpfr_sub_ui(t, t, 1, RND);
  mpfr_set_ui(w, 1, RND);
}
static void t_log1p_r(mpfr_t t, mpfr_t w, const mpfr_t x) {
  mpfr_log1p(t, x, RND);
  mpfr_ui_div(w, 1, t, RND);
  mpfr_abs(w, w, RND);
  mpfr_sub(t, t, x, RND);
}
static void t_log1p_r_abs(mpfr_t t, mpfr_t w, const mpfr_t x) {
  t_log1p_r(t, w, x);
  mpfr_set_ui(w, 1, RND);
}
static void t_log1p_r2(mpfr_t t, mpfr_t w, const mpfr_t x) {
  mpfr_t q;
  mpfr_init2(q, PREC);
  t_log1p_r(t, w, x);
  mpfr_sqr(q, x, RND);
  mpfr_div_2ui(q, q, 1, RND);
  mpfr_add(t, t, q, RND);
  mpfr_clear(q);
}
static void t_log1p(mpfr_t t, mpfr_t w, const mpfr_t x) {
  mpfr_log1p(t, x, RND);
  mpfr_ui_div(w, 1, t, RND);
  mpfr_abs(w, w, RND);
}
static void t_log2_1p(mpfr_t t, mpfr_t w, const mpfr_t x) {
  mpfr_t l;
  mpfr_init2(l, PREC);
  mpfr_add_ui(l, x, 1, RND);
  mpfr_log2(t, l, RND);
  mpfr_ui_div(w, 1, t, RND);
  mpfr_abs(w, w, RND);
  mpfr_clear(l);
}
static void t_sin_y(mpfr_t t, mpfr_t w, const mpfr_t x) {  // sin x - x
  mpfr_sin(t, x, RND);
  mpfr_ui_div(w, 1, t, RND);
  mpfr_abs(w, w, RND);
  mpfr_sub(t, t, x, RND);
}
static void t_cos_z(mpfr_t t, mpfr_t w, const mpfr_t x) {  // cos x - 1 + x^2/2
  mpfr_t q;
  mpfr_init2(q, PREC);
  mpfr_cos(t, x, RND);
  mpfr_sqr(q, x, RND);
  mpfr_div_2ui(q, q, 1, RND);
  mpfr_sub_ui(t, t, 1, RND);
  mpfr_add(t, t, q, RND);
  mpfr_set_ui(w, 1, RND);
  mpfr_clear(q);
}
static void t_cos_1(mpfr_t t, mpfr_t w, const mpfr_t x) {  // cos x - 1
  mpfr_cos(t, x, RND);
  mpfr_sub_ui(t, t, 1, RND);
  mpfr_set_ui(w, 1, RND);
}
static void t_sin(mpfr_t t, mpfr_t w, const mpfr_t x) {
  mpfr_sin(t, x, RND);
  mpfr_ui_div(w, 1, t, RND);
  mpfr_abs(w, w, RND);
}
static void t_tan(mpfr_t t, mpfr_t w, const mpfr_t x) {
  mpfr_tan(t, x, RND);
  mpfr_ui_div(w, 1, t, RND);
  mpfr_abs(w, w, RND);
}
static void t_tan_y(mpfr_t t, mpfr_t w, const mpfr_t x) {  // tan x - x
  mpfr_tan(t, x, RND);
  mpfr_ui_div(w, 1, t, RND);
  mpfr_abs(w, w, RND);
  mpfr_sub(t, t, x, RND);
}
// 1/x - cot x, relative to cot x.
static void t_cot_r(mpfr_t t, mpfr_t w, const mpfr_t x) {
  mpfr_tan(w, x, RND);
  mpfr_abs(w, w, RND);
  mpfr_cot(t, x, RND);
  mpfr_neg(t, t, RND);
  mpfr_t r;
  mpfr_init2(r, PREC);
  mpfr_ui_div(r, 1, x, RND);
  mpfr_add(t, t, r, RND);
  mpfr_clear(r);
}
static void t_atan_y(mpfr_t t, mpfr_t w, const mpfr_t x) {  // atan x - x
  mpfr_atan(t, x, RND);
  mpfr_ui_div(w, 1, t, RND);
  mpfr_abs(w, w, RND);
  mpfr_sub(t, t, x, RND);
}
// atan(c + d) - atan(c), relative to atan(c + d).
static void t_atan_c(mpfr_t t, mpfr_t w, const mpfr_t x) {
  mpfr_t a;
  mpfr_init2(a, PREC);
  mpfr_add_d(t, x, fit_param, RND);
  mpfr_atan(t, t, RND);
  mpfr_ui_div(w, 1, t, RND);
  mpfr_set_d(a, fit_param, RND);
  mpfr_atan(a, a, RND);
  mpfr_sub(t, t, a, RND);
  mpfr_clear(a);
}

// v rounded to a double that is a multiple of 2^-lsb.
static double round_to(mpfr_t v, int lsb) {
  mpfr_t s;
  mpfr_init2(s, PREC);
  mpfr_mul_2si(s, v, lsb, RND);
  mpfr_rint(s, s, RND);
  mpfr_mul_2si(s, s, -lsb, RND);
  double r = mpfr_get_d(s, RND);
  mpfr_clear(s);
  return r;
}
// The double nearest to v - h.
static double rest(mpfr_t v, double h) {
  mpfr_t s;
  mpfr_init2(s, PREC);
  mpfr_sub_d(s, v, h, RND);
  double r = mpfr_get_d(s, RND);
  mpfr_clear(s);
  return r;
}
// x rounded to `sig` significant bits.
static double round_sig(double x, int sig) {
  int e;
  frexp(x, &e);
  double s = ldexp(1.0, sig - e);
  return nearbyint(x * s) / s;
}

#define ATAN_N 29  // intervals of width 1/32 from 1/8 (the last one for 1)
#define ATAN_E0 (-6)
#define TAN_J0 16   // tan table: a = j/128 for j = 16 (1/8) ...
#define TAN_J1 101  // ... to 101 (just above pi/4)
#define ATAN_BINADES 33  // 2^-6 to 2^27

// Tables of atan on intervals of width 1/32 from 1/8: per interval atan(c)
// and n coefficients of a fit of
// atan(c + d) - atan(c) in d = 1..n.
static void atan_table(const char *name, int n) {
  mpfr_t v;
  mpfr_init2(v, PREC);
  double c[MAXC], worst = -1000;
  printf("static const double %s[%d][%d] = {\n", name, ATAN_N, n + 1);
  for (int i = 0; i < ATAN_N; i++) {
    fit_param = 0.125 + (i + 0.5) / 32;
    mpfr_set_d(v, fit_param, RND);
    mpfr_atan(v, v, RND);
    double h = mpfr_get_d(v, RND);
    double err = fit(t_atan_c, -1.0 / 64 * 1.001, 1.0 / 64 * 1.001, 1, 1, n, c);
    if (err > worst)
      worst = err;
    printf("    {%a", h);
    for (int k = 0; k < n; k++)
      printf(", %a", c[k]);
    printf("},\n");
  }
  printf("};\n// relative error 2^%.1f\n", worst);
  mpfr_clear(v);
}

#define EXP_N 128
#define LOG_N 128
#define LOGF_N 32

int main(void) {
  mpfr_t v, l2, pi;
  mpfr_inits2(PREC, v, l2, pi, (mpfr_ptr)0);
  mpfr_const_log2(l2, RND);
  mpfr_const_pi(pi, RND);
  double c[MAXC], err;

  printf("// Generated by tools/libm/gen_libm_fast_tables.c: do not edit.\n");
  printf("#ifndef LIBC_MATH_FAST_TABLES_H\n#define LIBC_MATH_FAST_TABLES_H\n");
  printf("#include <stdint.h>\n\n");

  // --- exp, exp2 ---
  // 2^(j/N) = asdouble(bits_j) * (1 + tail_j); the table holds
  // bits_j - (j << 45) so that adding ki << 45 for ki = N*e + j scales by 2^e.
  printf("#define MATH_EXP_N %d\n", EXP_N);
  mpfr_set_ui(v, EXP_N, RND);
  mpfr_div(v, v, l2, RND);
  printf("#define MATH_EXP_INVLN2N %a\n", mpfr_get_d(v, RND));
  mpfr_div_ui(v, l2, EXP_N, RND);
  double hi = round_sig(mpfr_get_d(v, RND), 34);  // k*hi exact, |k| < 2^19
  printf("#define MATH_EXP_LN2N_HI %a\n", hi);
  printf("#define MATH_EXP_LN2N_LO %a\n", rest(v, hi));
  printf("static const struct { uint64_t bits; double tail; } "
         "math_exp_tab[%d] = {\n", EXP_N);
  for (int j = 0; j < EXP_N; j++) {
    mpfr_set_si(v, j, RND);
    mpfr_div_ui(v, v, EXP_N, RND);
    mpfr_exp2(v, v, RND);
    bits b = {mpfr_get_d(v, RND)};
    mpfr_div_d(v, v, b.f, RND);
    mpfr_sub_ui(v, v, 1, RND);
    printf("    {0x%016llxULL, %a},\n",
           (unsigned long long)(b.i - ((uint64_t)j << 45)), mpfr_get_d(v, RND));
  }
  printf("};\n");
  double hexp = 0.5 * log(2.0) / EXP_N * 1.02;
  err = fit(t_expm1_r, -hexp, hexp, 2, 1, 4, c);
  print_coefs("math_exp_poly", c, 4, err,
              "e^r - 1 - r ~ r^2*(c0 + c1 r + c2 r^2 + c3 r^3), |r| <= ln2/256:"
              " absolute");
  err = fit(t_exp2n, -0.5, 0.5, 1, 1, 3, c);
  print_coefs("math_expf_poly", c, 3, err,
              "2^(u/128) - 1 ~ c0 u + c1 u^2 + c2 u^3, |u| <= 1/2: absolute");

  // --- log, log2 (double) ---
  // x = 2^k z, z in [0x1.6p-1, 0x1.6p0); the interval of z is given by the
  // 7 bits above bit 45 of asuint64(z) - MATH_LOG_OFF.  invc ~ 1/z on it
  // with 20 significant bits (so z*invc is exact for z with 21 bits, z
  // masked with zmask), and log(1/invc), log2(1/invc) as hi (multiple of
  // 2^-42) + lo.  The two intervals next to 1 have invc = 1 and keep all
  // of z (z - 1 is exact).
  uint64_t off = 0x3fe6000000000000ULL;
  printf("\n#define MATH_LOG_OFF 0x%016llxULL\n", (unsigned long long)off);
  printf("#define MATH_LOG_N %d\n", LOG_N);
  mpfr_set(v, l2, RND);
  hi = round_to(v, 42);
  printf("#define MATH_LOG_LN2_HI %a\n#define MATH_LOG_LN2_LO %a\n", hi,
         rest(v, hi));
  mpfr_ui_div(v, 1, l2, RND);
  double ihi = round_sig(mpfr_get_d(v, RND), 17);
  printf("#define MATH_LOG_INVLN2_HI %a\n#define MATH_LOG_INVLN2_LO %a\n",
         ihi, rest(v, ihi));
  printf("static const struct { uint64_t zmask; double invc, logc_hi, "
         "logc_lo, log2c_hi, log2c_lo; } math_log_fast_tab[%d] = {\n", LOG_N);
  double rmin = 0, rmax = 0, rmain = 0;
  for (int i = 0; i < LOG_N; i++) {
    bits lo = {.i = off + ((uint64_t)i << 45)};
    bits up = {.i = off + ((uint64_t)(i + 1) << 45)};
    double invc =
        lo.f == 1 || up.f == 1 ? 1.0 : round_sig(2.0 / (lo.f + up.f), 20);
    double r0 = lo.f * invc - 1, r1 = up.f * invc - 1;
    if (r0 < rmin) rmin = r0;
    if (r1 > rmax) rmax = r1;
    if (invc != 1.0 && fmax(-r0, r1) > rmain)
      rmain = fmax(-r0, r1);
    mpfr_set_d(v, invc, RND);
    mpfr_log(v, v, RND);
    mpfr_neg(v, v, RND);
    double h = round_to(v, 42);
    printf("    {0x%016llxULL, %a, %a, %a, ",
           invc == 1.0 ? ~0ULL : ~0xffffffffULL, invc, h, rest(v, h));
    mpfr_div(v, v, l2, RND);
    h = round_to(v, 42);
    printf("%a, %a},\n", h, rest(v, h));
  }
  printf("};\n");
  printf("// r = z*invc - 1 lies in [%a, %a]\n", rmin, rmax);
  err = fit(t_log1p_r, rmin * 1.01, rmax * 1.01, 2, 1, 7, c);
  print_coefs("math_log_poly", c, 7, err,
              "log1p(r) - r ~ r^2*(c0 + c1 r + ... + c6 r^6): relative");
  // Where invc != 1 the result is at least |log(c)| > 2^-8: an absolute
  // error of 2^-70 suffices.
  err = fit(t_log1p_r_abs, -rmain * 1.01, rmain * 1.01, 2, 1, 6, c);
  print_coefs("math_log_poly_main", c, 6, err,
              "log1p(r) - r ~ r^2*(c0 + ... + c5 r^5) where invc != 1: "
              "absolute");
  err = fit(t_log1p_r2, rmin * 1.01, rmax * 1.01, 3, 1, 8, c);
  print_coefs("math_pow_log_poly", c, 8, err,
              "log1p(r) - r + r^2/2 ~ r^3*(c0 + c1 r + ... + c7 r^7): relative");
  err = fit(t_log1p, rmin * 1.01, rmax * 1.01, 1, 1, 6, c);
  print_coefs("math_powf_log_poly", c, 6, err,
              "log1p(r) ~ c0 r + ... + c5 r^6: relative");

  // --- logf, log2f ---
  uint32_t offf = 0x3f300000;
  printf("\n#define MATH_LOGF_OFF 0x%08xU\n#define MATH_LOGF_N %d\n", offf,
         LOGF_N);
  printf("static const struct { double invc, logc, log2c; } "
         "math_logf_tab[%d] = {\n", LOGF_N);
  rmin = rmax = 0;
  for (int i = 0; i < LOGF_N; i++) {
    union { float f; uint32_t i; } lo = {.i = offf + ((uint32_t)i << 18)},
                                   up = {.i = offf + ((uint32_t)(i + 1) << 18)};
    double invc = lo.f == 1 || up.f == 1 ? 1.0 : 2.0 / ((double)lo.f + up.f);
    double r0 = lo.f * invc - 1, r1 = up.f * invc - 1;
    if (r0 < rmin) rmin = r0;
    if (r1 > rmax) rmax = r1;
    mpfr_set_d(v, invc, RND);
    mpfr_log(v, v, RND);
    mpfr_neg(v, v, RND);
    printf("    {%a, %a, ", invc, mpfr_get_d(v, RND));
    mpfr_div(v, v, l2, RND);
    printf("%a},\n", mpfr_get_d(v, RND));
  }
  printf("};\n");
  err = fit(t_log1p, rmin * 1.01, rmax * 1.01, 1, 1, 6, c);
  print_coefs("math_logf_poly", c, 6, err,
              "log1p(r) ~ c0 r + ... + c5 r^6: relative");
  err = fit(t_log2_1p, rmin * 1.01, rmax * 1.01, 1, 1, 6, c);
  print_coefs("math_log2f_poly", c, 6, err,
              "log2(1 + r) ~ c0 r + ... + c5 r^6: relative");

  // --- sin, cos (double), |y| <= pi/4 ---
  // pi/2 in three pieces of 33 bits (k*piece exact for |k| < 2^20) and the
  // rest.
  mpfr_div_2ui(v, pi, 1, RND);
  for (int i = 1; i <= 3; i++) {
    double p = round_sig(mpfr_get_d(v, RND), 33);
    printf("#define MATH_FAST_PIO2_%d %a\n", i, p);
    mpfr_sub_d(v, v, p, RND);
  }
  printf("#define MATH_FAST_PIO2_4 %a\n", mpfr_get_d(v, RND));
  double pio4 = 0.7854;
  err = fit(t_sin_y, 0, pio4, 3, 2, 6, c);
  print_coefs("math_sin_poly", c, 6, err,
              "sin y - y ~ y^3*(c0 + c1 z + ... + c5 z^5), z = y^2: relative");
  err = fit(t_cos_z, 0, pio4, 4, 2, 6, c);
  print_coefs("math_cos_poly", c, 6, err,
              "cos y - 1 + z/2 ~ z^2*(c0 + ... + c5 z^5): absolute");
  err = fit_rational(t_tan, pio4, 3, 3, c);
  print_coefs("math_tanf_rat", c, 6, err,
              "tan y ~ y*(c0 + c1 z + c2 z^2)/(1 + c3 z + c4 z^2 + c5 z^3):"
              " relative");
  // --- tan (double): polynomials for tan y, |y| <= 1/8, and cot y,
  // |y| <= 1/4; above them tan and -cot
  // at a = j/128 for tan(a + s) = F + t + t*F*(F + t)/(1 - F*t), t = tan s,
  // F = tan(a) (even quadrant) or -cot(a) (odd; its entries below 1/4
  // are unused) ---
  err = fit(t_tan_y, 0, 0.1251, 3, 2, 8, c);
  print_coefs("math_tan_poly", c, 8, err,
              "tan y - y ~ y^3*(c0 + ... + c7 z^7), |y| <= 1/8: relative");
  err = fit(t_cot_r, 0, 0.2501, 1, 2, 8, c);
  print_coefs("math_cot_poly", c, 8, err,
              "1/y - cot y ~ y*(c0 + ... + c7 z^7), |y| <= 1/4: relative to"
              " cot y");
  printf("#define MATH_TAN_J0 %d  // the first entry: a = 1/8\n", TAN_J0);
  printf("// F = hi + lo for F = tan(a), -cot(a), a = j/128\n");
  printf("static const double math_tan_tab[%d][2][2] = {\n",
         TAN_J1 - TAN_J0 + 1);
  for (int j = TAN_J0; j <= TAN_J1; j++) {
    printf("    {");
    for (int odd = 0; odd < 2; odd++) {
      mpfr_set_d(v, j / 128.0, RND);
      if (odd) {
        mpfr_cot(v, v, RND);
        mpfr_neg(v, v, RND);
      } else {
        mpfr_tan(v, v, RND);
      }
      double h = mpfr_get_d(v, RND);
      printf("{%a, %a}%s", h, rest(v, h), odd ? "" : ", ");
    }
    printf("},\n");
  }
  printf("};\n");
  // --- sinf, cosf, tanf: |y| <= pi/4 in double ---
  err = fit(t_sin, 0, pio4, 1, 2, 5, c);
  print_coefs("math_sinf_poly", c, 5, err,
              "sin y ~ y*(c0 + c1 z + ... + c4 z^4): relative");
  err = fit(t_cos_1, 0, pio4, 2, 2, 5, c);
  print_coefs("math_cosf_poly", c, 5, err,
              "cos y - 1 ~ z*(c0 + c1 z + ... + c4 z^4): absolute");

  // --- atan (double): atan(c) tabulated for 16 centres per binade from
  // 2^-6 to 2^27, c = (1 + (2k + 1)/32) * 2^e (6 significant bits), and
  // atan(r) for |r| <= 1/64 (the reduced argument, atan2 below 2^-6), atan
  // below 1/8 ---
  err = fit(t_atan_y, 0, 0.1251, 3, 2, 8, c);
  print_coefs("math_atan_poly", c, 8, err,
              "atan q - q ~ q^3*(c0 + ... + c7 z^7), q <= 1/8: relative");
  err = fit(t_atan_y, 0, 0x1.02p-6, 3, 2, 4, c);
  print_coefs("math_atan_red_poly", c, 4, err,
              "atan r - r ~ r^3*(c0 + c1 z + c2 z^2 + c3 z^3), |r| <= 1/64:"
              " relative");
  printf("#define MATH_ATAN_E0 (%d)  // the first binade of the table\n",
         ATAN_E0);
  printf("// atan(c) = hi + lo, c = (1 + (2k + 1)/32) * 2^e for x in "
         "[1 + k/16, 1 + (k + 1)/16) * 2^e\n");
  printf("static const struct { double c, hi, lo; } "
         "math_atan_red_tab[%d] = {\n", ATAN_BINADES * 16);
  for (int e = ATAN_E0; e < ATAN_E0 + ATAN_BINADES; e++)
    for (int k = 0; k < 16; k++) {
      double cc = ldexp(1 + (2 * k + 1) / 32.0, e);
      mpfr_set_d(v, cc, RND);
      mpfr_atan(v, v, RND);
      double h = mpfr_get_d(v, RND);
      printf("    {%a, %a, %a},\n", cc, h, rest(v, h));
    }
  printf("};\n");
  err = fit(t_atan_y, 0, 0.1251, 3, 2, 4, c);
  print_coefs("math_atanf_poly", c, 4, err,
              "atan q - q ~ q^3*(c0 + ... + c3 z^3), q <= 1/8: relative");
  printf("// atan(c + d) = hi + d*(a1 + a2 d + ... + a5 d^4)\n");
  atan_table("math_atanf_fast_tab", 5);
  printf("\n#endif\n");
  return 0;
}
