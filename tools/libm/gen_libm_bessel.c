// Generates libc/internal/math_bessel_tables.h: the polynomials of the
// Bessel functions J0, J1, Y0, Y1 (libc/math/__math_bessel.c).  Values are
// computed with GNU MPFR:
//  - below XB, cells of width W: a Taylor polynomial around the cell's
//    midpoint, or around the zero of the function when one lies within the
//    cell or less than R from it (the zero as a double-double, the constant
//    term exactly 0, so that the result keeps its relative accuracy next to
//    the zero).  Taylor coefficients from f(c) and f'(c) by the recurrence
//    that Bessel's equation gives for them; at c = 0 the power series.
//  - Y0 and Y1 below 2: Y_n = (2/pi) log(x) J_n(x) + A_n(x) (- 2/(pi x) for
//    n = 1), J_n and A_n as series in x^2 (DLMF 10.8.1), and a Taylor
//    polynomial around the zero of Y0 at 0.89.
//  - from XB on, Hankel's expansion in modulus and phase:
//    J_n = sqrt(2/(pi x)) M cos(x - (2n+1) pi/4 + phi), Y_n the same with
//    sin; M - 1 and phi / u (u = 1/x) as series in u^2, obtained from
//    P and Q (DLMF 10.17.3) by formal series arithmetic:
//    M = sqrt(P^2 + Q^2), phi = atan(Q/P).
// For J0 and Y0 (the seeds of jn and yn) the third parts of f(c) and f'(c)
// of each cell follow its cell array.
// Each record of the pool is: center (hi, mid, lo: a zero is known to about
// 2^-159 relative), the coefficients 0, 1, 2 as
// double-doubles, then the higher coefficients as doubles; a record ends
// where the next begins.  The phase and modulus records hold double-doubles
// only.
//
// Regenerate:
//   cc -O2 -o /tmp/gen_libm_bessel tools/libm/gen_libm_bessel.c -lmpfr -lgmp -lm
//   /tmp/gen_libm_bessel > libc/internal/math_bessel_tables.h
// (self-checks go to standard error).
#include <math.h>
#include <mpfr.h>
#include <stdio.h>
#include <stdlib.h>

#define PREC 400
#define RND MPFR_RNDN
#define XB 64.0   // Hankel's expansion from here on
#define W 0.5     // cell width below XB
#define R 0.25    // a zero this close to a cell centers the cell's polynomial
#define YS 2.0    // Y0, Y1: series in x^2 below this
#define NMAX 64   // Taylor terms computed
#define NASY 48   // terms of the formal asymptotic series

static double pool[40000];
static int npool;

// f = J0, J1, Y0, Y1 at x (kind 0..3).
static void bessel(int kind, mpfr_t r, const mpfr_t x) {
  switch (kind) {
    case 0: mpfr_j0(r, x, RND); break;
    case 1: mpfr_j1(r, x, RND); break;
    case 2: mpfr_y0(r, x, RND); break;
    default: mpfr_y1(r, x, RND); break;
  }
}
// f'(x): J0' = -J1, J1' = J0 - J1/x (the same for Y).
static void bessel_d(int kind, mpfr_t r, const mpfr_t x) {
  mpfr_t a, b;
  mpfr_inits2(PREC, a, b, (mpfr_ptr)0);
  if (kind == 0 || kind == 2) {
    bessel(kind + 1, a, x);
    mpfr_neg(r, a, RND);
  } else {
    bessel(kind - 1, a, x);
    bessel(kind, b, x);
    mpfr_div(b, b, x, RND);
    mpfr_sub(r, a, b, RND);
  }
  mpfr_clears(a, b, (mpfr_ptr)0);
}

// Taylor coefficients a[0..NMAX) of f around c != 0 from x^2 y'' + x y' +
// (x^2 - n^2) y = 0 with x = c + t:
// c^2 (k+1)(k+2) a[k+2] = -(c (k+1)(2k+1) a[k+1] + (k^2 + c^2 - n^2) a[k]
//                          + 2c a[k-1] + a[k-2]).
static void taylor(int kind, const mpfr_t c, mpfr_t *a) {
  int n = kind & 1;
  bessel(kind, a[0], c);
  bessel_d(kind, a[1], c);
  mpfr_t s, u, c2;
  mpfr_inits2(PREC, s, u, c2, (mpfr_ptr)0);
  mpfr_sqr(c2, c, RND);
  for (int k = 0; k + 2 < NMAX; k++) {
    mpfr_mul(s, c, a[k + 1], RND);
    mpfr_mul_ui(s, s, (unsigned long)((k + 1) * (2 * k + 1)), RND);
    mpfr_add_si(u, c2, k * k - n * n, RND);
    mpfr_mul(u, u, a[k], RND);
    mpfr_add(s, s, u, RND);
    if (k >= 1) {
      mpfr_mul(u, c, a[k - 1], RND);
      mpfr_mul_2ui(u, u, 1, RND);
      mpfr_add(s, s, u, RND);
    }
    if (k >= 2)
      mpfr_add(s, s, a[k - 2], RND);
    mpfr_mul_ui(u, c2, (unsigned long)((k + 1) * (k + 2)), RND);
    mpfr_div(s, s, u, RND);
    mpfr_neg(a[k + 2], s, RND);
  }
  mpfr_clears(s, u, c2, (mpfr_ptr)0);
}

// Power series of J_n at 0 in x: a[k] for x^k.
static void taylor0(int n, mpfr_t *a) {
  mpfr_t f;
  mpfr_init2(f, PREC);
  for (int k = 0; k < NMAX; k++)
    mpfr_set_ui(a[k], 0, RND);
  for (int m = 0; 2 * m + n < NMAX; m++) {
    // (-1)^m / (2^(2m+n) m! (m+n)!)
    mpfr_set_ui(f, 1, RND);
    for (int i = 2; i <= m; i++)
      mpfr_mul_ui(f, f, (unsigned long)i, RND);
    for (int i = 2; i <= m + n; i++)
      mpfr_mul_ui(f, f, (unsigned long)i, RND);
    mpfr_mul_2ui(f, f, (unsigned long)(2 * m + n), RND);
    mpfr_ui_div(a[2 * m + n], 1, f, RND);
    if (m & 1)
      mpfr_neg(a[2 * m + n], a[2 * m + n], RND);
  }
  mpfr_clear(f);
}

static double rnd(const mpfr_t x) { return mpfr_get_d(x, RND); }
static void split(const mpfr_t x, double *hi, double *lo) {
  mpfr_t t;
  mpfr_init2(t, PREC);
  *hi = rnd(x);
  mpfr_sub_d(t, x, *hi, RND);
  *lo = rnd(t);
  mpfr_clear(t);
}

// Appends a record: center c, coefficients a[0..deg].
static int emit(const mpfr_t c, mpfr_t *a, int deg) {
  int at = npool;
  mpfr_t t;
  mpfr_init2(t, PREC);
  split(c, &pool[npool], &pool[npool + 1]);
  mpfr_sub_d(t, c, pool[npool], RND);
  mpfr_sub_d(t, t, pool[npool + 1], RND);
  pool[npool + 2] = rnd(t);
  mpfr_clear(t);
  npool += 3;
  for (int k = 0; k < 3; k++) {
    split(a[k], &pool[npool], &pool[npool + 1]);
    npool += 2;
  }
  for (int k = 3; k <= deg; k++)
    pool[npool++] = rnd(a[k]);
  return at;
}

// A record of double-doubles only: coefficients a[0..deg] (for the phase,
// whose terms need more than three double-double steps).
static int emit_dd(mpfr_t *a, int deg) {
  int at = npool;
  for (int k = 0; k <= deg; k++) {
    split(a[k], &pool[npool], &pool[npool + 1]);
    npool += 2;
  }
  return at;
}

// Smallest degree whose neglected terms sum (|a[k]| T^k) stays below
// 2^-64 * m.
static int degree(mpfr_t *a, double T, double m) {
  double tail = 0;
  int d = NMAX - 1;
  for (; d > 3; d--) {
    tail += fabs(rnd(a[d])) * pow(T, d);
    if (tail > ldexp(m, -64))
      break;
  }
  if (d >= NMAX - 4) {
    fprintf(stderr, "degree too high\n");
    exit(1);
  }
  return d;
}

// Zeros of f in (lo, hi) to PREC bits: sign changes on a fine grid, then
// bisection.
static int zeros(int kind, double lo, double hi, mpfr_t *z, int max) {
  int nz = 0;
  mpfr_t a, b, m, fa, fm;
  mpfr_inits2(PREC, a, b, m, fa, fm, (mpfr_ptr)0);
  for (double x = lo; x < hi && nz < max; x += 1.0 / 64) {
    mpfr_set_d(a, x, RND);
    mpfr_set_d(b, x + 1.0 / 64, RND);
    bessel(kind, fa, a);
    bessel(kind, fm, b);
    if (mpfr_sgn(fa) * mpfr_sgn(fm) >= 0)
      continue;
    for (int i = 0; i < PREC + 8; i++) {
      mpfr_add(m, a, b, RND);
      mpfr_div_2ui(m, m, 1, RND);
      bessel(kind, fm, m);
      if (mpfr_sgn(fm) * mpfr_sgn(fa) > 0)
        mpfr_set(a, m, RND);
      else
        mpfr_set(b, m, RND);
    }
    mpfr_init2(z[nz], PREC);
    mpfr_set(z[nz], a, RND);
    nz++;
  }
  mpfr_clears(a, b, m, fa, fm, (mpfr_ptr)0);
  return nz;
}

static mpfr_t tay[NMAX];

// log2 of the largest relative error (the rounded record evaluated in
// MPFR against f) over 200 points of [a, b].
static double check(int kind, int rec, int len, double a, double b) {
  mpfr_t x, t, s, f, e;
  mpfr_inits2(PREC, x, t, s, f, e, (mpfr_ptr)0);
  double worst = -999;
  for (int i = 0; i <= 200; i++) {
    mpfr_set_d(x, a + (b - a) * i / 200.0, RND);
    if (mpfr_zero_p(x))
      continue;
    mpfr_sub_d(t, x, pool[rec], RND);
    mpfr_sub_d(t, t, pool[rec + 1], RND);
    mpfr_sub_d(t, t, pool[rec + 2], RND);
    mpfr_set_ui(s, 0, RND);
    for (int k = len - 1; k >= 9; k--) {
      mpfr_mul(s, s, t, RND);
      mpfr_add_d(s, s, pool[rec + k], RND);
    }
    for (int k = 2; k >= 0; k--) {
      mpfr_mul(s, s, t, RND);
      mpfr_add_d(s, s, pool[rec + 3 + 2 * k], RND);
      mpfr_add_d(s, s, pool[rec + 4 + 2 * k], RND);
    }
    bessel(kind, f, x);
    mpfr_sub(e, s, f, RND);
    mpfr_div(e, e, f, RND);
    double le = log2(fabs(rnd(e)) + 1e-300);
    if (le > worst)
      worst = le;
  }
  mpfr_clears(x, t, s, f, e, (mpfr_ptr)0);
  return worst;
}

static const char *name[4] = {"j0", "j1", "y0", "y1"};

// Cells of f on [start, XB); the offsets of their records.
static void cells(int kind, double start) {
  mpfr_t z[64], c, g, x;
  mpfr_inits2(PREC, c, g, x, (mpfr_ptr)0);
  int nz = zeros(kind, start > 0 ? start - 1 : 0.001, XB + 1, z, 64);
  int n = (int)((XB - start) / W);
  int off[400];
  double third[800];
  double worst = -999;
  for (int i = 0; i < n; i++) {
    double a = start + i * W, b = a + W;
    int zi = -1;
    for (int j = 0; j < nz; j++)
      if (mpfr_cmp_d(z[j], a - R) >= 0 && mpfr_cmp_d(z[j], b + R) < 0)
        zi = j;
    int zero_at_0 = (kind == 1 && a == 0);
    double T, m = INFINITY;
    if (zero_at_0 || (kind == 0 && a == 0)) {
      mpfr_set_ui(c, 0, RND);
      taylor0(kind, tay);
      T = b;
    } else {
      if (zi >= 0)
        mpfr_set(c, z[zi], RND);
      else
        mpfr_set_d(c, (a + b) / 2, RND);
      taylor(kind, c, tay);
      double cd = rnd(c);
      T = fmax(fabs(a - cd), fabs(b - cd));
    }
    int is_zero = zi >= 0 || zero_at_0;
    if (is_zero)
      mpfr_set_ui(tay[0], 0, RND);
    // The smallest |f| (|f / t| by a zero) on the cell.
    for (int k = 0; k <= 64; k++) {
      mpfr_set_d(x, a + (b - a) * k / 64.0, RND);
      if (mpfr_zero_p(x))
        mpfr_set_d(x, 1e-9, RND);
      bessel(kind, g, x);
      if (is_zero) {
        mpfr_sub(x, x, c, RND);
        if (mpfr_zero_p(x))
          continue;
        mpfr_div(g, g, x, RND);
      }
      m = fmin(m, fabs(rnd(g)));
    }
    int deg = degree(tay, T, is_zero ? m * 1 : m);
    if (is_zero)  // the neglected terms are relative to t
      deg = degree(tay, T, m * T) > deg ? degree(tay, T, m * T) : deg;
    off[i] = emit(c, tay, deg);
    // The third parts of f(c) and f'(c): the slow path of jn and yn starts
    // its Taylor series in triple-double from them.
    for (int k = 0; k < 2; k++) {
      mpfr_sub_d(x, tay[k], pool[off[i] + 3 + 2 * k], RND);
      mpfr_sub_d(x, x, pool[off[i] + 4 + 2 * k], RND);
      third[2 * i + k] = rnd(x);
    }
    double e = check(kind, off[i], npool - off[i], a, b);
    if (e > worst)
      worst = e;
  }
  off[n] = npool;
  fprintf(stderr, "%s cells [%g, %g): %d, worst relative error 2^%.1f\n",
          name[kind], start, XB, n, worst);
  printf("static const uint16_t math_bessel_%s_cell[%d] = {", name[kind], n + 1);
  for (int i = 0; i <= n; i++)
    printf("%s%d", i == 0 ? "\n  " : i % 12 ? ", " : ",\n  ", off[i]);
  printf("};\n");
  if (kind == 0 || kind == 2) {
    printf("static const double math_bessel_%s_third[%d] = {", name[kind], 2 * n);
    for (int i = 0; i < 2 * n; i++)
      printf("%s%a,", i % 3 ? " " : "\n  ", third[i]);
    printf("};\n");
  }
  for (int j = 0; j < nz; j++)
    mpfr_clear(z[j]);
  mpfr_clears(c, g, x, (mpfr_ptr)0);
}

// Y0, Y1 below YS: J_n and A_n as polynomials in z = x^2 (J1, A1: times x).
static void ysmall(int n) {
  mpfr_t j[40], aa[40], f, ln2, pi, psi1, psi2, zero, t;
  for (int k = 0; k < 40; k++)
    mpfr_inits2(PREC, j[k], aa[k], (mpfr_ptr)0);
  mpfr_inits2(PREC, f, ln2, pi, psi1, psi2, zero, t, (mpfr_ptr)0);
  mpfr_const_log2(ln2, RND);
  mpfr_const_pi(pi, RND);
  mpfr_set_ui(zero, 0, RND);
  mpfr_const_euler(psi1, RND);
  mpfr_neg(psi1, psi1, RND);  // psi(1)
  mpfr_set(psi2, psi1, RND);
  for (int k = 1; k <= n; k++)  // psi(n + 1)
    mpfr_add_d(psi2, psi2, 1.0 / k, RND);
  for (int k = 0; k < 30; k++) {
    // j[k] = (-1)^k / (2^(2k+n) k! (k+n)!)
    mpfr_set_ui(f, 1, RND);
    for (int i = 2; i <= k; i++)
      mpfr_mul_ui(f, f, (unsigned long)i, RND);
    for (int i = 2; i <= k + n; i++)
      mpfr_mul_ui(f, f, (unsigned long)i, RND);
    mpfr_mul_2ui(f, f, (unsigned long)(2 * k + n), RND);
    mpfr_ui_div(j[k], 1, f, RND);
    if (k & 1)
      mpfr_neg(j[k], j[k], RND);
    // aa[k] = -(2/pi) ln2 j[k] - (psi(k+1) + psi(n+k+1)) j[k] / pi
    mpfr_mul_2ui(t, ln2, 1, RND);
    mpfr_add(t, t, psi1, RND);
    mpfr_add(t, t, psi2, RND);
    mpfr_mul(t, t, j[k], RND);
    mpfr_div(t, t, pi, RND);
    mpfr_neg(aa[k], t, RND);
    mpfr_set_ui(t, 1, RND);
    mpfr_div_ui(t, t, (unsigned long)(k + 1), RND);
    mpfr_add(psi1, psi1, t, RND);
    mpfr_set_ui(t, 1, RND);
    mpfr_div_ui(t, t, (unsigned long)(k + n + 1), RND);
    mpfr_add(psi2, psi2, t, RND);
  }
  // Degree: terms below 2^-66 of the result at z = YS^2.
  double Z = YS * YS;
  int dj = 3, da = 3;
  while (fabs(rnd(j[dj + 1])) * pow(Z, dj + 1) > 0x1p-66)
    dj++;
  while (fabs(rnd(aa[da + 1])) * pow(Z, da + 1) > 0x1p-66)
    da++;
  int oj = emit(zero, j, dj), oa = emit(zero, aa, da);
  // Self-check against MPFR's Y_n at a few points.
  double worst = -999;
  for (int i = 1; i <= 200; i++) {
    double xd = YS * i / 200.0;
    mpfr_t x, s1, s2, y, r;
    mpfr_inits2(PREC, x, s1, s2, y, r, (mpfr_ptr)0);
    mpfr_set_d(x, xd, RND);
    mpfr_set_ui(s1, 0, RND);
    mpfr_set_ui(s2, 0, RND);
    for (int k = dj; k >= 0; k--) {
      mpfr_mul(s1, s1, x, RND);
      mpfr_mul(s1, s1, x, RND);
      mpfr_add(s1, s1, j[k], RND);
    }
    for (int k = da; k >= 0; k--) {
      mpfr_mul(s2, s2, x, RND);
      mpfr_mul(s2, s2, x, RND);
      mpfr_add(s2, s2, aa[k], RND);
    }
    if (n) {
      mpfr_mul(s1, s1, x, RND);
      mpfr_mul(s2, s2, x, RND);
    }
    mpfr_log(r, x, RND);
    mpfr_mul(r, r, s1, RND);
    mpfr_mul_2ui(r, r, 1, RND);
    mpfr_div(r, r, pi, RND);
    mpfr_add(r, r, s2, RND);
    if (n) {
      mpfr_ui_div(y, 2, x, RND);
      mpfr_div(y, y, pi, RND);
      mpfr_sub(r, r, y, RND);
    }
    bessel(2 + n, y, x);
    mpfr_sub(r, r, y, RND);
    mpfr_div(r, r, y, RND);
    double le = log2(fabs(rnd(r)) + 1e-300);
    if (getenv("GEN_DEBUG"))
      fprintf(stderr, "  y%d(%g): 2^%.1f\n", n, xd, le);
    if (le > worst && fabs(xd - 0.8936) > 0.06)
      worst = le;
    mpfr_clears(x, s1, s2, y, r, (mpfr_ptr)0);
  }
  fprintf(stderr, "y%d below %g: J degree %d, A degree %d, worst 2^%.1f\n", n,
          YS, dj, da, worst);
  printf("#define MATH_BESSEL_Y%d_SMALL_J %d\n#define MATH_BESSEL_Y%d_SMALL_J_LEN %d\n",
         n, oj, n, oa - oj);
  printf("#define MATH_BESSEL_Y%d_SMALL_A %d\n#define MATH_BESSEL_Y%d_SMALL_A_LEN %d\n",
         n, oa, n, npool - oa);
  for (int k = 0; k < 40; k++)
    mpfr_clears(j[k], aa[k], (mpfr_ptr)0);
  mpfr_clears(f, ln2, pi, psi1, psi2, zero, t, (mpfr_ptr)0);
}

// The zero of Y0 below 2 and its Taylor polynomial for |x - z| < 1/16.
static void y0zero(void) {
  mpfr_t z[2];
  zeros(2, 0.5, 1.5, z, 1);
  taylor(2, z[0], tay);
  mpfr_set_ui(tay[0], 0, RND);
  double zd = rnd(z[0]);
  int deg = degree(tay, 1.0 / 16, 0.8 / 16 * 0.5);
  int o = emit(z[0], tay, deg);
  double e = check(2, o, npool - o, zd - 1.0 / 16, zd + 1.0 / 16);
  fprintf(stderr, "y0 zero %.17g: degree %d, worst 2^%.1f\n", zd, deg, e);
  printf("#define MATH_BESSEL_Y0_ZERO %d\n#define MATH_BESSEL_Y0_ZERO_LEN %d\n", o,
         npool - o);
  mpfr_clear(z[0]);
}

// Series arithmetic on arrays of NASY coefficients (powers of u).
static void smul(mpfr_t *r, mpfr_t *a, mpfr_t *b) {
  mpfr_t t[NASY], p;
  mpfr_init2(p, PREC);
  for (int i = 0; i < NASY; i++) {
    mpfr_init2(t[i], PREC);
    mpfr_set_ui(t[i], 0, RND);
    for (int k = 0; k <= i; k++) {
      mpfr_mul(p, a[k], b[i - k], RND);
      mpfr_add(t[i], t[i], p, RND);
    }
  }
  for (int i = 0; i < NASY; i++) {
    mpfr_set(r[i], t[i], RND);
    mpfr_clear(t[i]);
  }
  mpfr_clear(p);
}
// r = a / b, b[0] != 0.
static void sdiv(mpfr_t *r, mpfr_t *a, mpfr_t *b) {
  mpfr_t t[NASY], p;
  mpfr_init2(p, PREC);
  for (int i = 0; i < NASY; i++) {
    mpfr_init2(t[i], PREC);
    mpfr_set(t[i], a[i], RND);
    for (int k = 1; k <= i; k++) {
      mpfr_mul(p, b[k], t[i - k], RND);
      mpfr_sub(t[i], t[i], p, RND);
    }
    mpfr_div(t[i], t[i], b[0], RND);
  }
  for (int i = 0; i < NASY; i++) {
    mpfr_set(r[i], t[i], RND);
    mpfr_clear(t[i]);
  }
  mpfr_clear(p);
}
// r = sqrt(a), a[0] = 1.
static void ssqrt(mpfr_t *r, mpfr_t *a) {
  mpfr_t t[NASY], p;
  mpfr_init2(p, PREC);
  for (int i = 0; i < NASY; i++) {
    mpfr_init2(t[i], PREC);
    if (i == 0) {
      mpfr_set_ui(t[0], 1, RND);
      continue;
    }
    // 2 t0 t_i = a_i - sum_{k=1}^{i-1} t_k t_{i-k}
    mpfr_set(t[i], a[i], RND);
    for (int k = 1; k < i; k++) {
      mpfr_mul(p, t[k], t[i - k], RND);
      mpfr_sub(t[i], t[i], p, RND);
    }
    mpfr_div_2ui(t[i], t[i], 1, RND);
  }
  for (int i = 0; i < NASY; i++) {
    mpfr_set(r[i], t[i], RND);
    mpfr_clear(t[i]);
  }
  mpfr_clear(p);
}

// Hankel's expansion for J_n, Y_n (n = 0, 1) as M - 1 and phi / u in
// v = u^2.
static void asymptotic(int n) {
  mpfr_t P[NASY], Q[NASY], S[NASY], Mm[NASY], Rq[NASY], D[NASY], ak, t;
  for (int i = 0; i < NASY; i++) {
    mpfr_inits2(PREC, P[i], Q[i], S[i], Mm[i], Rq[i], D[i], (mpfr_ptr)0);
    mpfr_set_ui(P[i], 0, RND);
    mpfr_set_ui(Q[i], 0, RND);
  }
  mpfr_inits2(PREC, ak, t, (mpfr_ptr)0);
  // a_k(n) = prod_{j=1}^k (4n^2 - (2j-1)^2) / (k! 8^k)
  mpfr_set_ui(ak, 1, RND);
  for (int k = 0; k < NASY; k++) {
    if (k > 0) {
      mpfr_mul_si(ak, ak, 4 * n * n - (2 * k - 1) * (2 * k - 1), RND);
      mpfr_div_ui(ak, ak, (unsigned long)(8 * k), RND);
    }
    int sgn = (k / 2) & 1 ? -1 : 1;
    if (k % 2 == 0)
      mpfr_mul_si(P[k], ak, sgn, RND);
    else
      mpfr_mul_si(Q[k], ak, sgn, RND);
  }
  // M = sqrt(P^2 + Q^2)
  smul(S, P, P);
  smul(D, Q, Q);
  for (int i = 0; i < NASY; i++)
    mpfr_add(S[i], S[i], D[i], RND);
  ssqrt(Mm, S);
  // phi = atan(Rq), Rq = Q / P: phi' = Rq' / (1 + Rq^2)
  sdiv(Rq, Q, P);
  smul(S, Rq, Rq);
  mpfr_add_ui(S[0], S[0], 1, RND);
  for (int i = 0; i + 1 < NASY; i++)
    mpfr_mul_ui(D[i], Rq[i + 1], (unsigned long)(i + 1), RND);
  mpfr_set_ui(D[NASY - 1], 0, RND);
  sdiv(D, D, S);  // phi'
  // phi[i + 1] = D[i] / (i + 1); emit phi / u = sum phi[2k+1] v^k and
  // M - 1 = sum M[2k] v^k.
  mpfr_t ph[NASY / 2], mm[NASY / 2], zero;
  mpfr_init2(zero, PREC);
  mpfr_set_ui(zero, 0, RND);
  int nk = NASY / 2 - 1;
  for (int k = 0; k < nk; k++) {
    mpfr_inits2(PREC, ph[k], mm[k], (mpfr_ptr)0);
    mpfr_div_ui(ph[k], D[2 * k], (unsigned long)(2 * k + 1), RND);
    mpfr_set(mm[k], Mm[2 * k], RND);
    if (mpfr_cmp_ui(D[2 * k + 1], 0) != 0 && fabs(rnd(D[2 * k + 1])) > 1e-60)
      fprintf(stderr, "odd term of phi' not zero\n");
  }
  mpfr_set_ui(mm[0], 0, RND);  // M - 1
  // Terms up to where they are below 2^-112 at x = XB (the phase over x,
  // and the modulus, both needed to that accuracy by the seeds of jn and yn
  // next to their zeros); the asymptotic series is still decreasing there.
  double v = 1.0 / (XB * XB);
  int dp = 3, dm = 3;
  while (fabs(rnd(ph[dp + 1])) * pow(v, dp + 1) / XB > 0x1p-112)
    dp++;
  while (fabs(rnd(mm[dm + 1])) * pow(v, dm + 1) > 0x1p-112)
    dm++;
  if (dp + 3 >= nk || dm + 3 >= nk) {
    fprintf(stderr, "asymptotic series too short\n");
    exit(1);
  }
  for (int k = dp - 2; k <= dp + 2; k++)
    fprintf(stderr, "  phase term %d at XB: 2^%.1f\n", k,
            log2(fabs(rnd(ph[k])) * pow(v, k) / XB));
  for (int k = dm - 2; k <= dm + 2; k++)
    fprintf(stderr, "  modulus term %d at XB: 2^%.1f\n", k,
            log2(fabs(rnd(mm[k])) * pow(v, k)));
  int op = emit_dd(ph, dp), om = emit_dd(mm, dm);
  fprintf(stderr, "asymptotic n=%d: phase degree %d, modulus degree %d\n", n,
          dp, dm);
  printf("#define MATH_BESSEL_PHASE%d %d\n#define MATH_BESSEL_PHASE%d_LEN %d\n", n,
         op, n, om - op);
  printf("#define MATH_BESSEL_MOD%d %d\n#define MATH_BESSEL_MOD%d_LEN %d\n", n, om,
         n, npool - om);
  for (int k = 0; k < nk; k++)
    mpfr_clears(ph[k], mm[k], (mpfr_ptr)0);
  for (int i = 0; i < NASY; i++)
    mpfr_clears(P[i], Q[i], S[i], Mm[i], Rq[i], D[i], (mpfr_ptr)0);
  mpfr_clears(ak, t, zero, (mpfr_ptr)0);
}

int main(void) {
  if (getenv("GEN_YSMALL")) {
    ysmall(0);
    ysmall(1);
    return 0;
  }
  for (int k = 0; k < NMAX; k++)
    mpfr_init2(tay[k], PREC);
  printf("// Generated by tools/libm/gen_libm_bessel.c: do not edit.\n");
  printf("#ifndef LIBC_MATH_BESSEL_TABLES_H\n#define LIBC_MATH_BESSEL_TABLES_H\n");
  printf("#include <stdint.h>\n\n");
  printf("#define MATH_BESSEL_XB %.1f\n#define MATH_BESSEL_W %.3f\n", XB, W);
  printf("#define MATH_BESSEL_YS %.1f\n", YS);
  {
    mpfr_t c;
    double h, l;
    mpfr_init2(c, PREC);
    mpfr_const_pi(c, RND);
    mpfr_ui_div(c, 2, c, RND);
    split(c, &h, &l);
    printf("#define MATH_2_OVER_PI_HI %a\n#define MATH_2_OVER_PI_LO %a\n", h, l);
    mpfr_sqrt(c, c, RND);
    split(c, &h, &l);
    printf("#define MATH_SQRT_2_OVER_PI_HI %a\n#define MATH_SQRT_2_OVER_PI_LO %a\n",
           h, l);
    // pi/4 in three parts: Hankel's phase next to a zero of the function
    // is a tiny difference of x mod pi/2 and pi/4.
    mpfr_const_pi(c, RND);
    mpfr_div_2ui(c, c, 2, RND);
    split(c, &h, &l);
    mpfr_sub_d(c, c, h, RND);
    mpfr_sub_d(c, c, l, RND);
    printf("#define MATH_BESSEL_PIO4_1 %a\n#define MATH_BESSEL_PIO4_2 %a\n"
           "#define MATH_BESSEL_PIO4_3 %a\n", h, l, rnd(c));
    mpfr_clear(c);
  }
  cells(0, 0.0);
  cells(1, 0.0);
  cells(2, YS);
  cells(3, YS);
  ysmall(0);
  ysmall(1);
  y0zero();
  asymptotic(0);
  asymptotic(1);
  printf("static const double math_bessel_pool[%d] = {", npool + 1);
  for (int i = 0; i < npool; i++)
    printf("%s%a,", i % 3 ? " " : "\n  ", pool[i]);
  printf("\n  0};\n#define MATH_BESSEL_POOL_END %d\n\n#endif\n", npool);
  return 0;
}
