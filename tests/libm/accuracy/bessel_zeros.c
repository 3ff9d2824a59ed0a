// Targeted accuracy search for jn and yn (and j0, j1, y0, y1 for n = 0, 1)
// next to the zeros of J_n and Y_n, where a result is a cancellation of
// terms of the size of the envelope and random arguments rarely land.
//   bessel_zeros NMAX NZEROS K     (see bessel_zeros.sh)
// For n = 0..NMAX it locates the first NZEROS zeros of J_n and Y_n with
// MPFR (a scan for sign changes, then Newton's method at 192 bits), and
// evaluates our function at the double nearest to each zero, at K doubles
// on either side, and at about 2^j ulps away (j = 3..40).  Prints every
// argument with an error above 1 ULP, then per function the largest error
// in ULP, at the double nearest to a zero and at the others.
#include <math.h>
#include <mpfr.h>
#include <stdio.h>
#include <stdlib.h>

double cab_jn(int, double);
double cab_yn(int, double);
double cab_j0(double);
double cab_j1(double);
double cab_y0(double);
double cab_y1(double);

#define PREC 192

// f = J_n (y = 0) or Y_n (y = 1) at x.
static void f(int y, long n, mpfr_t r, const mpfr_t x) {
  if (y)
    mpfr_yn(r, n, x, MPFR_RNDN);
  else
    mpfr_jn(r, n, x, MPFR_RNDN);
}

// Newton's method for the zero of f in [a, b] (a sign change), bisecting
// whenever a step leaves the bracket.
static double zero(int y, long n, double a, double b) {
  mpfr_t lo, hi, z, fz, d, t, flo;
  mpfr_inits2(PREC, lo, hi, z, fz, d, t, flo, (mpfr_ptr)0);
  mpfr_set_d(lo, a, MPFR_RNDN);
  mpfr_set_d(hi, b, MPFR_RNDN);
  f(y, n, flo, lo);
  mpfr_add(z, lo, hi, MPFR_RNDN);
  mpfr_div_2ui(z, z, 1, MPFR_RNDN);
  for (int i = 0; i < 60; i++) {
    f(y, n, fz, z);
    if (mpfr_zero_p(fz))
      break;
    if (mpfr_sgn(fz) == mpfr_sgn(flo))
      mpfr_set(lo, z, MPFR_RNDN);
    else
      mpfr_set(hi, z, MPFR_RNDN);
    // f' = (f_{n-1} - f_{n+1}) / 2
    f(y, n - 1, d, z);
    f(y, n + 1, t, z);
    mpfr_sub(d, d, t, MPFR_RNDN);
    mpfr_div_2ui(d, d, 1, MPFR_RNDN);
    mpfr_div(t, fz, d, MPFR_RNDN);
    mpfr_sub(t, z, t, MPFR_RNDN);
    if (mpfr_cmp(t, lo) <= 0 || mpfr_cmp(t, hi) >= 0) {
      mpfr_add(t, lo, hi, MPFR_RNDN);
      mpfr_div_2ui(t, t, 1, MPFR_RNDN);
    }
    mpfr_sub(d, t, z, MPFR_RNDN);
    mpfr_set(z, t, MPFR_RNDN);
    if (mpfr_zero_p(d) || mpfr_get_exp(d) < mpfr_get_exp(z) - PREC + 8)
      break;
  }
  double r = mpfr_get_d(z, MPFR_RNDN);
  mpfr_clears(lo, hi, z, fz, d, t, flo, (mpfr_ptr)0);
  return r;
}

// Error in ULP of v against f(x).
static double ulps(int y, long n, double x, double v) {
  mpfr_t mx, r;
  mpfr_inits2(PREC, mx, r, (mpfr_ptr)0);
  mpfr_set_d(mx, x, MPFR_RNDN);
  f(y, n, r, mx);
  double e;
  if (!isfinite(v)) {
    e = INFINITY;
  } else {
    long ex = mpfr_get_exp(r);
    if (ex < -1021)
      ex = -1021;
    mpfr_sub_d(mx, r, v, MPFR_RNDN);
    mpfr_abs(mx, mx, MPFR_RNDN);
    mpfr_mul_2si(mx, mx, 53 - ex, MPFR_RNDN);
    e = mpfr_get_d(mx, MPFR_RNDN);
  }
  mpfr_clears(mx, r, (mpfr_ptr)0);
  return e;
}

struct worst {
  const char *name;
  double ulp, x, far;  // far: the largest error away from the nearest double
  int n, k, over;
};

static void record(struct worst *w, int n, double x, int k, double e) {
  if (e > 1) {
    w->over++;
    printf("  %s(%d, %a) = %.17g: %.3f ULP (%+d ulps from the zero)\n",
           w->name, n, x, x, e, k);
  }
  if (k != 0 && e > w->far)
    w->far = e;
  if (e > w->ulp)
    w->ulp = e, w->x = x, w->n = n, w->k = k;
}

int main(int argc, char **argv) {
  int nmax = argc > 1 ? atoi(argv[1]) : 60;
  int nz = argc > 2 ? atoi(argv[2]) : 50;
  int kk = argc > 3 ? atoi(argv[3]) : 4;
  struct worst w[6] = {{"jn"}, {"yn"}, {"j0"}, {"j1"}, {"y0"}, {"y1"}};
  long points = 0;
  for (int n = 0; n <= nmax; n++) {
    for (int y = 0; y <= 1; y++) {
      mpfr_t mx, fa, fb;
      mpfr_inits2(PREC, mx, fa, fb, (mpfr_ptr)0);
      double a = n > 0 ? n : 0.25, step = 0.25;
      mpfr_set_d(mx, a, MPFR_RNDN);
      f(y, n, fa, mx);
      for (int found = 0; found < nz; a += step) {
        mpfr_set_d(mx, a + step, MPFR_RNDN);
        f(y, n, fb, mx);
        int change = mpfr_sgn(fa) * mpfr_sgn(fb) < 0;
        mpfr_swap(fa, fb);
        if (!change)
          continue;
        found++;
        double z = zero(y, n, a, a + step);
        double xs[2 * 64 + 80];
        int ks[2 * 64 + 80], m = 0;
        for (int k = -kk; k <= kk; k++) {
          double x = z;
          for (int i = 0; i < abs(k); i++)
            x = nextafter(x, k < 0 ? 0 : INFINITY);
          xs[m] = x, ks[m++] = k;
        }
        for (int j = 3; j <= 40; j++) {
          double d = ldexp(z, j - 52);
          xs[m] = z + d, ks[m++] = 1 << (j < 30 ? j : 30);
          xs[m] = z - d, ks[m++] = -(1 << (j < 30 ? j : 30));
        }
        for (int i = 0; i < m; i++) {
          double x = xs[i];
          points++;
          record(&w[y], n, x, ks[i],
                 ulps(y, n, x, y ? cab_yn(n, x) : cab_jn(n, x)));
          if (n <= 1) {
            double v = n == 0 ? (y ? cab_y0(x) : cab_j0(x))
                              : (y ? cab_y1(x) : cab_j1(x));
            record(&w[2 + 2 * y + n], n, x, ks[i], ulps(y, n, x, v));
          }
        }
      }
      mpfr_clears(mx, fa, fb, (mpfr_ptr)0);
    }
  }
  printf("%ld arguments next to the zeros of J_n, Y_n (n <= %d, %d zeros)\n",
         points, nmax, nz);
  for (int i = 0; i < 6; i++)
    printf("%-3s max %.3f ULP at n=%d x=%a (%.17g, %+d ulps from the zero);"
           " %d arguments above 1 ULP; max %.3f ULP at the others\n",
           w[i].name, w[i].ulp, w[i].n, w[i].x, w[i].x, w[i].k, w[i].over,
           w[i].far);
  return 0;
}
