// libm: exp, log, pow, sin, cos, tan, atan2 and their float versions over
// arrays of arguments in everyday ranges.  Each timed loop stores its
// results; afterwards they are checked against identities computed with
// other functions (exp(x)*exp(-x) = 1, sin^2+cos^2 = 1, ...), so a wrong or
// skipped computation fails the run.
#if defined(__has_include)
#if !__has_include(<math.h>)
#define NO_MATH_H 1
#endif
#endif

#include "bench.h"

#ifdef NO_MATH_H
int main(void) {
  bench_skip("libm", "<math.h> is not in this C library yet");
  return 0;
}
#else
#include <math.h>

#define N 4096

static double x[N], y[N], r[N], s[N];
static float xf[N], yf[N], rf[N], sf[N];
static uint64_t reps;

static double uniform(uint64_t *seed, double lo, double hi) {
  return lo + (hi - lo) * (double)(bench_rand(seed) >> 11) * 0x1p-53;
}

static void fill(double lo, double hi, double lo2, double hi2) {
  uint64_t seed = 2024;
  for (int i = 0; i < N; i++) {
    x[i] = uniform(&seed, lo, hi);
    y[i] = uniform(&seed, lo2, hi2);
    xf[i] = (float)x[i];
    yf[i] = (float)y[i];
  }
}

static int close_to(double got, double want, double tolerance) {
  double d = got - want;
  if (d < 0)
    d = -d;
  double m = want < 0 ? -want : want;
  return d <= tolerance * (m > 1 ? m : 1);
}

#define TIME1(label, out, fn, in)                      \
  do {                                                 \
    uint64_t ns;                                       \
    BENCH_BEST(ns, for (uint64_t k = 0; k < reps; k++) { \
      BENCH_CLOBBER();                                 \
      for (int i = 0; i < N; i++)                      \
        out[i] = fn(in[i]);                            \
    });                                                \
    bench_report(label, ns, reps * N);                 \
  } while (0)

#define TIME2(label, out, fn, in1, in2)                \
  do {                                                 \
    uint64_t ns;                                       \
    BENCH_BEST(ns, for (uint64_t k = 0; k < reps; k++) { \
      BENCH_CLOBBER();                                 \
      for (int i = 0; i < N; i++)                      \
        out[i] = fn(in1[i], in2[i]);                   \
    });                                                \
    bench_report(label, ns, reps * N);                 \
  } while (0)

#define VERIFY(label, cond)                                                  \
  for (int i = 0; i < N; i++)                                                \
    BENCH_CHECK(label, cond, "wrong result for x=%.17g y=%.17g", x[i], y[i])

int main(int argc, char **argv) {
  bench_init(argc, argv);
  reps = bench_n(20);

  fill(-20, 20, 0, 1);
  TIME1("exp", r, exp, x);
  TIME1("expf", rf, expf, xf);
  for (int i = 0; i < N; i++)
    s[i] = exp(-x[i]);
  VERIFY("exp", close_to(r[i] * s[i], 1, 1e-14));
  for (int i = 0; i < N; i++)
    sf[i] = expf(-xf[i]);
  VERIFY("expf", close_to((double)rf[i] * sf[i], 1, 1e-6));

  fill(1e-3, 1e6, 0, 1);
  TIME1("log", r, log, x);
  TIME1("logf", rf, logf, xf);
  VERIFY("log", close_to(exp(r[i]), x[i], 1e-14));
  VERIFY("logf", close_to(exp((double)rf[i]), xf[i], 1e-6));

  fill(1e-2, 10, -8, 8);
  TIME2("pow", r, pow, x, y);
  TIME2("powf", rf, powf, xf, yf);
  VERIFY("pow", close_to(r[i], exp(y[i] * log(x[i])), 1e-13));
  VERIFY("powf", close_to(rf[i], exp((double)yf[i] * log((double)xf[i])), 1e-5));

  fill(-10, 10, 0, 1);
  TIME1("sin", r, sin, x);
  TIME1("cos", s, cos, x);
  VERIFY("sin_cos", close_to(r[i] * r[i] + s[i] * s[i], 1, 1e-14));
  TIME1("sinf", rf, sinf, xf);
  TIME1("cosf", sf, cosf, xf);
  VERIFY("sinf_cosf", close_to((double)rf[i] * rf[i] + (double)sf[i] * sf[i], 1, 1e-6));
  // Stay away from the poles of tan for the check.
  fill(-1.5, 1.5, 0, 1);
  TIME1("tan", r, tan, x);
  TIME1("tanf", rf, tanf, xf);
  VERIFY("tan", close_to(r[i], sin(x[i]) / cos(x[i]), 1e-13));
  VERIFY("tanf", close_to(rf[i], sin((double)xf[i]) / cos((double)xf[i]), 1e-5));

  fill(-10, 10, -10, 10);
  TIME2("atan2", r, atan2, y, x);
  TIME2("atan2f", rf, atan2f, yf, xf);
  // The angle's sine and cosine must point along (x, y).
  VERIFY("atan2", close_to(sin(r[i]) * hypot(x[i], y[i]), y[i], 1e-13) &&
                      close_to(cos(r[i]) * hypot(x[i], y[i]), x[i], 1e-13));
  VERIFY("atan2f", close_to(sin((double)rf[i]) * hypot(xf[i], yf[i]), yf[i], 1e-5) &&
                       close_to(cos((double)rf[i]) * hypot(xf[i], yf[i]), xf[i], 1e-5));
  return 0;
}
#endif
