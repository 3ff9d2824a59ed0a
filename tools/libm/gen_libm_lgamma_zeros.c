// Generates libc/internal/math_lgamma_zeros.h: polynomials of lgamma around
// its zeros below -2 (two in each interval (-k-1, -k), k = 2 .. KMAX), for
// lgamma_r.  Next to a zero the reflection formula loses relative accuracy
// (its terms cancel); there lgamma(z + t) = t g(t), z the zero as three
// doubles and g interpolated at Chebyshev nodes (values from GNU MPFR),
// converted to powers of t.  The window around each zero is where
// |lgamma| < 1/4 (and at most a quarter of the distance to the pole).
// Records have the layout of the Bessel tables (math_poly_record in
// math_impl.h): center (3 doubles), coefficients 0..2 as double-doubles,
// the rest as doubles.
//
// Regenerate:
//   cc -O2 -o /tmp/gen_libm_lgamma_zeros tools/libm/gen_libm_lgamma_zeros.c
//     -lmpfr -lgmp -lm   (one command)
//   /tmp/gen_libm_lgamma_zeros > libc/internal/math_lgamma_zeros.h
#include <math.h>
#include <mpfr.h>
#include <stdio.h>
#include <stdlib.h>

#define PREC 400
#define RND MPFR_RNDN
#define KMAX 16  // beyond, the zeros are within an ulp or two of the poles
#define NC 40    // Chebyshev nodes

static double pool[4000];
static int npool;

static void lg(mpfr_t r, const mpfr_t x) {
  int s;
  mpfr_lgamma(r, &s, x, RND);
}

// Zero of lgamma between a and b (lgamma changes sign there).
static void zero(mpfr_t z, double a, double b) {
  mpfr_t lo, hi, m, f, flo;
  mpfr_inits2(PREC, lo, hi, m, f, flo, (mpfr_ptr)0);
  mpfr_set_d(lo, a, RND);
  mpfr_set_d(hi, b, RND);
  lg(flo, lo);
  for (int i = 0; i < PREC + 4; i++) {
    mpfr_add(m, lo, hi, RND);
    mpfr_div_2ui(m, m, 1, RND);
    lg(f, m);
    if (mpfr_sgn(f) == mpfr_sgn(flo))
      mpfr_set(lo, m, RND);
    else
      mpfr_set(hi, m, RND);
  }
  mpfr_set(z, lo, RND);
  mpfr_clears(lo, hi, m, f, flo, (mpfr_ptr)0);
}

// |lgamma(z + t)| = 1/4 going from t = 0 in direction dir, at most dmax.
static double edge(const mpfr_t z, double dir, double dmax) {
  mpfr_t x, f;
  mpfr_inits2(PREC, x, f, (mpfr_ptr)0);
  double t = 0, step = dmax / 4096;
  while (t + step <= dmax) {
    mpfr_set_d(x, dir * (t + step), RND);
    mpfr_add(x, x, z, RND);
    lg(f, x);
    if (fabs(mpfr_get_d(f, RND)) > 0.25)
      break;
    t += step;
  }
  mpfr_clears(x, f, (mpfr_ptr)0);
  return t;
}

// Record of lgamma(z + t) = sum a_k t^k on [ta, tb], a_0 = 0; returns the
// log2 of the largest relative error of the rounded record on a grid.
static double fit(const mpfr_t z, double ta, double tb, int *deg_out) {
  mpfr_t c[NC], node[NC], g[NC], x, f, s, p, m, h;
  mpfr_t T[NC + 1][NC + 1], a[NC + 2];
  mpfr_inits2(PREC, x, f, s, p, m, h, (mpfr_ptr)0);
  for (int i = 0; i < NC; i++)
    mpfr_inits2(PREC, c[i], node[i], g[i], (mpfr_ptr)0);
  for (int i = 0; i <= NC; i++)
    for (int j = 0; j <= NC; j++) {
      mpfr_init2(T[i][j], PREC);
      mpfr_set_ui(T[i][j], 0, RND);
    }
  for (int i = 0; i < NC + 2; i++) {
    mpfr_init2(a[i], PREC);
    mpfr_set_ui(a[i], 0, RND);
  }
  mpfr_set_d(m, (ta + tb) / 2, RND);
  mpfr_set_d(h, (tb - ta) / 2, RND);
  // g(t) = lgamma(z + t) / t at the nodes t = m + h cos(pi (j + 1/2) / NC).
  mpfr_const_pi(p, RND);
  for (int j = 0; j < NC; j++) {
    mpfr_mul_ui(s, p, (unsigned long)(2 * j + 1), RND);
    mpfr_div_ui(s, s, 2 * NC, RND);
    mpfr_cos(node[j], s, RND);
    mpfr_mul(x, node[j], h, RND);
    mpfr_add(x, x, m, RND);  // t
    mpfr_add(f, x, z, RND);
    lg(f, f);
    mpfr_div(g[j], f, x, RND);
  }
  // c_k = 2/NC sum_j g_j T_k(node_j)
  for (int k = 0; k < NC; k++) {
    mpfr_set_ui(c[k], 0, RND);
    for (int j = 0; j < NC; j++) {
      mpfr_acos(s, node[j], RND);
      mpfr_mul_ui(s, s, (unsigned long)k, RND);
      mpfr_cos(s, s, RND);
      mpfr_mul(s, s, g[j], RND);
      mpfr_add(c[k], c[k], s, RND);
    }
    mpfr_mul_2ui(c[k], c[k], 1, RND);
    mpfr_div_ui(c[k], c[k], NC, RND);
  }
  mpfr_div_2ui(c[0], c[0], 1, RND);
  // Degree: drop the tail below 2^-66 of |g(0)| (g is about constant).
  double g0 = fabs(mpfr_get_d(g[NC / 2], RND));
  int deg = NC - 1;
  double tail = 0;
  while (deg > 4) {
    tail += fabs(mpfr_get_d(c[deg], RND));
    if (tail > ldexp(g0, -66))
      break;
    deg--;
  }
  if (deg >= NC - 4) {
    fprintf(stderr, "too few nodes\n");
    exit(1);
  }
  // T_k(tau) as polynomials in t, tau = (t - m)/h.
  mpfr_set_ui(T[0][0], 1, RND);
  mpfr_ui_div(T[1][1], 1, h, RND);
  mpfr_div(T[1][0], m, h, RND);
  mpfr_neg(T[1][0], T[1][0], RND);
  for (int k = 1; k < deg; k++)
    for (int i = 0; i <= k + 1; i++) {
      // T_{k+1} = 2 tau T_k - T_{k-1}
      mpfr_set_ui(s, 0, RND);
      if (i > 0) {
        mpfr_mul(p, T[1][1], T[k][i - 1], RND);
        mpfr_add(s, s, p, RND);
      }
      mpfr_mul(p, T[1][0], T[k][i], RND);
      mpfr_add(s, s, p, RND);
      mpfr_mul_2ui(s, s, 1, RND);
      mpfr_sub(T[k + 1][i], s, T[k - 1][i], RND);
    }
  // g = sum c_k T_k; lgamma = t g: a_{i+1} = g_i.
  for (int k = 0; k <= deg; k++)
    for (int i = 0; i <= k; i++) {
      mpfr_mul(p, c[k], T[k][i], RND);
      mpfr_add(a[i + 1], a[i + 1], p, RND);
    }
  // Emit: center, a0..a2 double-double, a3.. double.
  int at = npool;
  double zh = mpfr_get_d(z, RND);
  mpfr_sub_d(s, z, zh, RND);
  double zm = mpfr_get_d(s, RND);
  mpfr_sub_d(s, s, zm, RND);
  pool[npool++] = zh;
  pool[npool++] = zm;
  pool[npool++] = mpfr_get_d(s, RND);
  for (int k = 0; k <= deg + 1; k++) {
    double hi = mpfr_get_d(a[k], RND);
    pool[npool++] = hi;
    if (k < 3) {
      mpfr_sub_d(s, a[k], hi, RND);
      pool[npool++] = mpfr_get_d(s, RND);
    }
  }
  // Check the rounded record against MPFR on a grid.
  double worst = -999;
  for (int i = 0; i <= 400; i++) {
    double t = ta + (tb - ta) * i / 400;
    if (t == 0)
      continue;
    mpfr_set_d(x, t, RND);
    mpfr_set_ui(s, 0, RND);
    for (int k = deg + 1; k >= 0; k--) {
      mpfr_mul(s, s, x, RND);
      int o = k < 3 ? at + 3 + 2 * k : at + 9 + (k - 3);
      mpfr_add_d(s, s, pool[o], RND);
      if (k < 3)
        mpfr_add_d(s, s, pool[o + 1], RND);
    }
    mpfr_add(f, x, z, RND);
    lg(f, f);
    mpfr_sub(s, s, f, RND);
    mpfr_div(s, s, f, RND);
    double e = log2(fabs(mpfr_get_d(s, RND)) + 1e-300);
    if (e > worst)
      worst = e;
  }
  *deg_out = deg + 1;
  mpfr_clears(x, f, s, p, m, h, (mpfr_ptr)0);
  for (int i = 0; i < NC; i++)
    mpfr_clears(c[i], node[i], g[i], (mpfr_ptr)0);
  for (int i = 0; i <= NC; i++)
    for (int j = 0; j <= NC; j++)
      mpfr_clear(T[i][j]);
  for (int i = 0; i < NC + 2; i++)
    mpfr_clear(a[i]);
  return worst;
}

int main(void) {
  int off[2 * KMAX + 2];
  double win[2 * KMAX + 2][2];
  int n = 0;
  mpfr_t z, x, f;
  mpfr_inits2(PREC, z, x, f, (mpfr_ptr)0);
  for (int k = 2; k <= KMAX; k++) {
    // The minimum of |Gamma| on (-k-1, -k) splits the two zeros: find it
    // as the sign change of lgamma's slope, approximately, on a grid.
    double lo = -k - 1, hi = -k, best = 0, bv = INFINITY;
    for (int i = 1; i < 20000; i++) {
      double t = lo + (hi - lo) * i / 20000;
      mpfr_set_d(x, t, RND);
      lg(f, x);
      double v = mpfr_get_d(f, RND);
      if (v < bv)
        bv = v, best = t;
    }
    double ends[2][2] = {{lo, best}, {best, hi}};
    for (int e = 0; e < 2; e++) {
      // Bisection between the point next to the pole and the minimum.
      double a = ends[e][0], b = ends[e][1];
      double near = e == 0 ? a + ldexp(1, -60) * (k + 1) : b - ldexp(1, -60) * k;
      zero(z, e == 0 ? near : a, e == 0 ? b : near);
      double zd = mpfr_get_d(z, RND);
      double rho = fmin(zd - lo, hi - zd);
      double ta = -edge(z, -1, rho / 4), tb = edge(z, 1, rho / 4);
      int deg;
      off[n] = npool;
      double err = fit(z, ta, tb, &deg);
      win[n][0] = zd + ta;
      win[n][1] = zd + tb;
      fprintf(stderr, "zero %.17g: window [%+.3g, %+.3g], degree %d, 2^%.1f\n",
              zd, ta, tb, deg, err);
      n++;
    }
  }
  off[n] = npool;
  printf("// Generated by tools/libm/gen_libm_lgamma_zeros.c: do not edit.\n");
  printf("#ifndef LIBC_MATH_LGAMMA_ZEROS_H\n#define LIBC_MATH_LGAMMA_ZEROS_H\n");
  printf("#include <stdint.h>\n\n#define MATH_LGAMMA_ZEROS_KMAX %d\n", KMAX);
  printf("// Zero 2(k-2) + i (i = 0, 1) lies in (-k-1, -k): its window and the\n");
  printf("// offset of its record (which ends where the next begins).\n");
  printf("static const double math_lgamma_zero_window[%d][2] = {\n", n);
  for (int i = 0; i < n; i++)
    printf("  {%a, %a},\n", win[i][0], win[i][1]);
  printf("};\nstatic const uint16_t math_lgamma_zero_record[%d] = {", n + 1);
  for (int i = 0; i <= n; i++)
    printf("%s%d", i == 0 ? "\n  " : i % 12 ? ", " : ",\n  ", off[i]);
  printf("};\nstatic const double math_lgamma_zero_pool[%d] = {", npool);
  for (int i = 0; i < npool; i++)
    printf("%s%a,", i % 3 ? " " : "\n  ", pool[i]);
  printf("\n};\n\n#endif\n");
  mpfr_clears(z, x, f, (mpfr_ptr)0);
  return 0;
}
