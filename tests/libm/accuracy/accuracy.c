// Host accuracy tool: measures the maximum error in ULP of our libm, musl's
// and glibc's against GNU MPFR on the same random and special arguments.
//   accuracy DIR N OUT.md
// DIR holds the evaluators eval-cab, eval-musl and eval-glibc (see run.sh);
// N arguments are drawn per domain, after the special arguments (zeros,
// infinities, NaN, subnormal and normal limits, small integers; for two and
// three arguments their combinations).  The exact value of each argument is
// computed once with MPFR (in parallel with OpenMP) and compared with the
// three libraries.  LIBM_ACCURACY_ONLY=exp,powf,... restricts the run to
// the named functions (with their suffix: sin, sinf, sinl).
#include <float.h>
#include <math.h>
#include <mpfr.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "funcs.h"

static int mpfr_lgamma_(mpfr_t r, const mpfr_t x, mpfr_rnd_t rnd) {
  int s;
  return mpfr_lgamma(r, &s, x, rnd);
}

typedef int (*mpfr1)(mpfr_t, const mpfr_t, mpfr_rnd_t);
typedef int (*mpfr2)(mpfr_t, const mpfr_t, const mpfr_t, mpfr_rnd_t);
typedef int (*mpfr3)(mpfr_t, const mpfr_t, const mpfr_t, const mpfr_t,
                     mpfr_rnd_t);

typedef int (*mpfrn)(mpfr_t, long, const mpfr_t, mpfr_rnd_t);

struct func {
  const char *name;
  int arity;  // 1, 2, 3, or 4 for (int n, x)
  void *mpfr;
  const char *dom[2];
  const char *types;
};

#define ENTRY(name, n, m, d1, d2) {#name, n, (void *)m, {d1, d2}, "dfl"},
#define ENTRYD(name, n, m, d1, d2) {#name, n, (void *)m, {d1, d2}, "d"},
static const struct func funcs[] = {LIBM_FUNCS(ENTRY)
                                        LIBM_FUNCS_DOUBLE(ENTRYD)};

static uint64_t rng = 0x9e3779b97f4a7c15ULL;
static uint64_t rnd64(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}
static long double unif(void) { return (rnd64() >> 11) * 0x1p-53L; }

// One random argument of type t in domain d (argument i of the function).
static long double draw(char t, const char *d, int i, int arity) {
  if (arity == 4 && i == 0)
    return (long double)(int)(rnd64() % 45) - 4;
  if (strcmp(d, "pow1") == 0)
    return i == 0 ? unif() * 4 : (unif() - 0.5L) * 100;
  if (strcmp(d, "pow2") == 0) {
    if (i == 1)
      return (unif() - 0.5L) * 1400;
    return expl((unif() - 0.5L) * 0.02L);
  }
  if (strncmp(d, "bits", 4) == 0) {
    int pos = d[4] == '+';
    for (;;) {
      long double v;
      if (t == 'd') {
        uint64_t b = rnd64();
        double x;
        memcpy(&x, &b, 8);
        v = x;
      } else if (t == 'f') {
        uint32_t b = (uint32_t)rnd64();
        float x;
        memcpy(&x, &b, 4);
        v = x;
      } else {
        union { long double f; struct { uint64_t m; uint16_t se; } i; } u;
        memset(&u, 0, sizeof u);
        u.i.m = rnd64() | (1ULL << 63);
        u.i.se = (uint16_t)(rnd64() % 0xffff);
        v = u.f;
      }
      if (!isfinite(v))
        continue;
      return pos ? fabsl(v) : v;
    }
  }
  long double lo, hi;
  sscanf(d, "%Lf %Lf", &lo, &hi);
  return lo + (hi - lo) * unif();
}

static size_t tsize(char t) {
  return t == 'd' ? sizeof(double) : t == 'f' ? sizeof(float)
                                              : sizeof(long double);
}
static void put(char t, unsigned char *p, long double v) {
  if (t == 'd') { double x = (double)v; memcpy(p, &x, 8); }
  else if (t == 'f') { float x = (float)v; memcpy(p, &x, 4); }
  else memcpy(p, &v, sizeof v);
}
static long double get(char t, const unsigned char *p) {
  if (t == 'd') { double x; memcpy(&x, p, 8); return x; }
  if (t == 'f') { float x; memcpy(&x, p, 4); return x; }
  long double x; memcpy(&x, p, sizeof x); return x;
}

// Error of y in ULP of the format t against the exact value r.
static double ulp_err(char t, long double y, mpfr_t r, mpfr_t tmp) {
  int prec = t == 'd' ? 53 : t == 'f' ? 24 : 64;
  long emin = t == 'd' ? -1021 : t == 'f' ? -125 : -16381;
  if (mpfr_nan_p(r))
    return isnan(y) ? 0 : INFINITY;
  if (isnan(y))
    return INFINITY;
  long double rr = t == 'd' ? mpfr_get_d(r, MPFR_RNDN)
                 : t == 'f' ? mpfr_get_flt(r, MPFR_RNDN)
                            : mpfr_get_ld(r, MPFR_RNDN);
  if (isinf(y) || mpfr_inf_p(r))
    return (y == rr) ? 0 : INFINITY;
  if (isinf(rr)) {
    // The exact value is beyond the largest finite number.
    long double mx = t == 'd' ? DBL_MAX : t == 'f' ? FLT_MAX : LDBL_MAX;
    return fabsl(y) == mx ? 0.5 : INFINITY;
  }
  mpfr_set_ld(tmp, y, MPFR_RNDN);
  mpfr_sub(tmp, tmp, r, MPFR_RNDN);
  mpfr_abs(tmp, tmp, MPFR_RNDN);
  long e = mpfr_zero_p(r) ? emin : mpfr_get_exp(r);
  if (e < emin)
    e = emin;
  mpfr_mul_2si(tmp, tmp, prec - e, MPFR_RNDN);
  return mpfr_get_d(tmp, MPFR_RNDN);
}

static const char *libs[3] = {"cab", "musl", "glibc"};

// Special arguments of type t: signed zeros, infinities, NaN, the limits
// of the subnormal and normal ranges, and a few exact values.
static int specials(char t, long double *v) {
  long double tiny = t == 'd' ? 0x1p-1074L : t == 'f' ? 0x1p-149L : 0x1p-16445L;
  long double minn = t == 'd' ? DBL_MIN : t == 'f' ? FLT_MIN : LDBL_MIN;
  long double maxn = t == 'd' ? DBL_MAX : t == 'f' ? FLT_MAX : LDBL_MAX;
  long double base[] = {0, INFINITY, NAN, tiny, minn - tiny, minn, maxn,
                        1, 0.5L, 2, 3, 10, 0x1p-30L, 0x1p30L};
  int k = 0;
  for (size_t j = 0; j < sizeof base / sizeof base[0]; j++) {
    v[k++] = base[j];
    if (!isnan(base[j]))
      v[k++] = -base[j];
  }
  return k;
}

static int wanted(const char *name) {
  const char *only = getenv("LIBM_ACCURACY_ONLY");
  if (only == NULL || *only == '\0')
    return 1;
  size_t n = strlen(name);
  for (const char *p = only; *p != '\0';) {
    const char *e = strchr(p, ',');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if (len == n && strncmp(p, name, n) == 0)
      return 1;
    p += len + (e != NULL);
  }
  return 0;
}

// The exact value of f at argument k (arguments in long double).
static void exact(const struct func *f, const long double *a, mpfr_t r) {
  mpfr_t x[3];
  int nx = f->arity == 4 ? 1 : f->arity;
  const long double *xa = f->arity == 4 ? a + 1 : a;
  for (int j = 0; j < nx; j++) {
    mpfr_init2(x[j], 70);
    mpfr_set_ld(x[j], xa[j], MPFR_RNDN);
  }
  if (f->arity == 1)
    ((mpfr1)f->mpfr)(r, x[0], MPFR_RNDN);
  else if (f->arity == 2)
    ((mpfr2)f->mpfr)(r, x[0], x[1], MPFR_RNDN);
  else if (f->arity == 3)
    ((mpfr3)f->mpfr)(r, x[0], x[1], x[2], MPFR_RNDN);
  else {
    // J_{-n} = (-1)^n J_n and Y_{-n} = (-1)^n Y_n: MPFR is very slow for
    // negative orders at large x (minutes for n = -1, x = 2^30).
    long order = (long)a[0];
    ((mpfrn)f->mpfr)(r, order < 0 ? -order : order, x[0], MPFR_RNDN);
    if (order < 0 && (order & 1))
      mpfr_neg(r, r, MPFR_RNDN);
  }
  for (int j = 0; j < nx; j++)
    mpfr_clear(x[j]);
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: accuracy DIR N OUT.md\n");
    return 2;
  }
  const char *dir = argv[1];
  long n = atol(argv[2]);
  FILE *md = fopen(argv[3], "w");
  if (md == NULL)
    return 1;
  fprintf(md, "| function | ours | musl | glibc | our worst argument |\n");
  fprintf(md, "|---|---|---|---|---|\n");
  char inpath[512], outpath[512], cmd[2048];
  snprintf(inpath, sizeof inpath, "%s/args.bin", dir);
  for (size_t fi = 0; fi < sizeof funcs / sizeof funcs[0]; fi++) {
    const struct func *f = &funcs[fi];
    for (const char *tp = f->types; *tp != '\0'; tp++) {
      char t = *tp;
      char name[64];
      snprintf(name, sizeof name, "%s%s", f->name,
               t == 'd' ? "" : t == 'f' ? "f" : "l");
      if (!wanted(name))
        continue;
      size_t ts = tsize(t);
      int nargs = f->arity == 4 ? 2 : f->arity;
      // Special arguments first (all combinations for two or three
      // arguments, from a shorter list for three), then 2n random ones.
      long double sv[32];
      int ns = specials(t, sv);
      if (f->arity == 3)
        ns = 12;
      static const int orders[] = {0, 1, 2, -1, -2, 5, 40};
      const int norders = sizeof orders / sizeof orders[0];
      long nspecial = f->arity == 4 ? (long)norders * ns : f->arity == 1 ? ns
                    : f->arity == 2 ? (long)ns * ns : (long)ns * ns * ns;
      long total = nspecial + 2 * n;
      long double *la = malloc(total * nargs * sizeof *la);
      for (long k = 0; k < nspecial && f->arity == 4; k++) {
        la[k * 2] = orders[k % norders];
        la[k * 2 + 1] = sv[k / norders];
      }
      for (long k = 0; k < nspecial && f->arity != 4; k++) {
        long q = k;
        for (int j = 0; j < nargs; j++, q /= ns)
          la[k * nargs + j] = sv[q % ns];
      }
      for (long k = nspecial; k < total; k++)
        for (int j = 0; j < nargs; j++)
          la[k * nargs + j] =
              draw(t, f->dom[k - nspecial >= n], j, f->arity);
      unsigned char *args = malloc(total * nargs * ts);
      for (long k = 0; k < total * nargs; k++) {
        put(t, args + k * ts, la[k]);
        la[k] = get(t, args + k * ts);  // the argument as actually passed
      }
      FILE *in = fopen(inpath, "wb");
      fwrite(args, ts, total * nargs, in);
      fclose(in);
      mpfr_t *ref = malloc(total * sizeof *ref);
#pragma omp parallel for schedule(dynamic, 256)
      for (long k = 0; k < total; k++) {
        mpfr_init2(ref[k], 128);
        exact(f, la + k * nargs, ref[k]);
      }
      double worst[3] = {0, 0, 0};
      long wk[3] = {0, 0, 0};
      for (int li = 0; li < 3; li++) {
        snprintf(outpath, sizeof outpath, "%s/out-%s.bin", dir, libs[li]);
        snprintf(cmd, sizeof cmd, "%s/eval-%s %s %c < %s > %s", dir, libs[li],
                 f->name, t, inpath, outpath);
        if (system(cmd) != 0) {
          worst[li] = NAN;
          continue;
        }
        FILE *out = fopen(outpath, "rb");
        unsigned char *res = malloc(total * ts);
        long got = (long)fread(res, ts, total, out);
        fclose(out);
        if (got != total)
          worst[li] = NAN;
        mpfr_t tmp;
        mpfr_init2(tmp, 128);
        for (long k = 0; k < got; k++) {
          double e = ulp_err(t, get(t, res + k * ts), ref[k], tmp);
          if (!(e <= worst[li])) {
            worst[li] = e;
            wk[li] = k;
          }
        }
        mpfr_clear(tmp);
        free(res);
      }
      char where[160];
      if (f->arity == 4)
        snprintf(where, sizeof where, "%d, %La", (int)la[wk[0] * 2],
                 la[wk[0] * 2 + 1]);
      else if (f->arity == 1)
        snprintf(where, sizeof where, "%La", la[wk[0]]);
      else
        snprintf(where, sizeof where, "%La, %La%s", la[wk[0] * nargs],
                 la[wk[0] * nargs + 1], f->arity == 3 ? ", ..." : "");
      fprintf(md, "| %s | %.3g | %.3g | %.3g | %s |\n", name, worst[0],
              worst[1], worst[2], where);
      printf("%-12s ours %-8.3g musl %-8.3g glibc %-8.3g (%s)\n", name,
             worst[0], worst[1], worst[2], where);
      fflush(stdout);
      for (long k = 0; k < total; k++)
        mpfr_clear(ref[k]);
      free(ref);
      free(la);
      free(args);
    }
  }
  fclose(md);
  return 0;
}
