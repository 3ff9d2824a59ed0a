// Host accuracy tool: measures the maximum error in ULP of our libm, musl's
// and glibc's against GNU MPFR on the same random and special arguments.
//   accuracy DIR N OUT.md
// DIR holds the evaluators eval-cab, eval-musl and eval-glibc (see run.sh);
// N arguments are drawn per domain.
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

struct func {
  const char *name;
  int arity;
  void *mpfr;
  const char *dom[2];
};

#define ENTRY(name, n, m, d1, d2) {#name, n, (void *)m, {d1, d2}},
static const struct func funcs[] = {LIBM_FUNCS(ENTRY)};

static uint64_t rng = 0x9e3779b97f4a7c15ULL;
static uint64_t rnd64(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}
static long double unif(void) { return (rnd64() >> 11) * 0x1p-53L; }

// One random argument of type t in domain d (argument i of the function).
static long double draw(char t, const char *d, int i) {
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
  mpfr_t a[3], r, tmp;
  for (int i = 0; i < 3; i++)
    mpfr_init2(a[i], 200);
  mpfr_init2(r, 200);
  mpfr_init2(tmp, 200);
  char inpath[512], outpath[512], cmd[2048];
  snprintf(inpath, sizeof inpath, "%s/args.bin", dir);
  const char *types = "dfl";
  for (size_t fi = 0; fi < sizeof funcs / sizeof funcs[0]; fi++) {
    const struct func *f = &funcs[fi];
    for (int ti = 0; ti < 3; ti++) {
      char t = types[ti];
      size_t ts = tsize(t);
      long total = 2 * n;
      unsigned char *args = malloc(total * f->arity * ts);
      for (long k = 0; k < total; k++)
        for (int j = 0; j < f->arity; j++)
          put(t, args + (k * f->arity + j) * ts, draw(t, f->dom[k >= n], j));
      FILE *in = fopen(inpath, "wb");
      fwrite(args, ts, total * f->arity, in);
      fclose(in);
      double worst[3] = {0, 0, 0};
      long double warg[3] = {0, 0, 0};
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
        for (long k = 0; k < got; k++) {
          for (int j = 0; j < f->arity; j++)
            mpfr_set_ld(a[j], get(t, args + (k * f->arity + j) * ts),
                        MPFR_RNDN);
          mpfr_clear_flags();
          if (f->arity == 1)
            ((mpfr1)f->mpfr)(r, a[0], MPFR_RNDN);
          else if (f->arity == 2)
            ((mpfr2)f->mpfr)(r, a[0], a[1], MPFR_RNDN);
          else
            ((mpfr3)f->mpfr)(r, a[0], a[1], a[2], MPFR_RNDN);
          double e = ulp_err(t, get(t, res + k * ts), r, tmp);
          if (!(e <= worst[li])) {
            worst[li] = e;
            warg[li] = get(t, args + k * f->arity * ts);
          }
        }
        free(res);
      }
      char name[64];
      snprintf(name, sizeof name, "%s%s", f->name,
               t == 'd' ? "" : t == 'f' ? "f" : "l");
      fprintf(md, "| %s | %.3g | %.3g | %.3g | %La |\n", name, worst[0],
              worst[1], worst[2], warg[0]);
      printf("%-12s ours %-8.3g musl %-8.3g glibc %-8.3g (%La)\n", name,
             worst[0], worst[1], worst[2], warg[0]);
      fflush(stdout);
      free(args);
    }
  }
  fclose(md);
  return 0;
}
