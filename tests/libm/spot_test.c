// Spot accuracy checks: results against correctly rounded values computed
// with mpmath at 300 bits (scripts/gen_libm_spot.py).  double and float
// functions must be within 1 ulp and sqrt exact; long double ones within
// the bounds documented in docs/libm-accuracy.md.
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "spot_values.h"

// |got - want| in ulps of want for a format of p bits, least exponent emin.
static long double ulps(long double got, long double want, int p, int emin) {
  if (isnan(got) || isinf(got) || isinf(want))
    return got == want ? 0 : INFINITY;
  int e = want == 0 ? emin : ilogbl(want);
  if (e < emin)
    e = emin;
  return fabsl(got - want) / ldexpl(1, e - (p - 1));
}

static long double bound(const char *name, char t) {
  if (strncmp(name, "sqrt", 4) == 0)
    return 0;
  if (t != 'l')
    return 1;
  if (strcmp(name, "erfl") == 0 || strcmp(name, "erfcl") == 0 ||
      strcmp(name, "tgammal") == 0 || strcmp(name, "lgammal") == 0 ||
      strcmp(name, "powl") == 0 || strcmp(name, "tanl") == 0 ||
      strcmp(name, "sinl") == 0 || strcmp(name, "cosl") == 0 ||
      strcmp(name, "cbrtl") == 0 || strcmp(name, "tanhl") == 0 ||
      strcmp(name, "atanhl") == 0)
    return 1;  // extended-precision kernels (pairs of long doubles)
  return 3;
}

static int report(const char *name, long double x, long double got,
                  long double want, long double e) {
  char buf[200];
  snprintf(buf, sizeof buf, "%s(%La) = %La, want %La (%Lg ulp)", name, x, got,
           want, e);
  test_log(buf);
  return 1;
}

#define RUN1(t, p, emin)                                                     \
  for (size_t i = 0; i < sizeof spot1_##t / sizeof spot1_##t[0]; i++) {      \
    const struct spot1_##t *s = &spot1_##t[i];                               \
    long double e = ulps(s->f(s->x), s->want, p, emin);                      \
    if (!(e <= bound(s->name, #t[0])))                                       \
      bad += report(s->name, s->x, s->f(s->x), s->want, e);                  \
  }
#define RUN2(t, p, emin)                                                     \
  for (size_t i = 0; i < sizeof spot2_##t / sizeof spot2_##t[0]; i++) {      \
    const struct spot2_##t *s = &spot2_##t[i];                               \
    long double e = ulps(s->f(s->x, s->y), s->want, p, emin);                \
    if (!(e <= bound(s->name, #t[0])))                                       \
      bad += report(s->name, s->x, s->f(s->x, s->y), s->want, e);            \
  }

TEST(spot_double) {
  int bad = 0;
  RUN1(d, 53, -1022)
  RUN2(d, 53, -1022)
  ASSERT_EQ(bad, 0);
}

TEST(spot_float) {
  int bad = 0;
  RUN1(f, 24, -126)
  RUN2(f, 24, -126)
  ASSERT_EQ(bad, 0);
}

TEST(spot_long_double) {
  int bad = 0;
  RUN1(l, 64, -16382)
  RUN2(l, 64, -16382)
  ASSERT_EQ(bad, 0);
}

// A few exactly known results.
TEST(spot_exact) {
  volatile double one = 1.0;
  ASSERT_TRUE(sqrt(2 * one) == 0x1.6a09e667f3bcdp+0);
  ASSERT_TRUE(sqrtf(2.0f * (float)one) == 0x1.6a09e6p+0f);
  ASSERT_TRUE(sqrtl(2.0L * one) == 0xb.504f333f9de6484p-3L);
  ASSERT_TRUE(fma(0x1.0000000000001p0, 0x1.0000000000001p0, -1 * one) ==
              0x1p-51);  // tie to even
  ASSERT_TRUE(fmaf(0x1.000002p0f, 0x1.000002p0f, -1.0f) == 0x1p-22f);  // tie to even
  ASSERT_TRUE(fmal(1 + 0x1p-63L, 1 + 0x1p-63L, -1.0L) == 0x1p-62L + 0x1p-126L);
  // Subnormal fma results are rounded once.
  ASSERT_TRUE(fma(0x1.8p-1070, 0x1p-4, 0x0.0000000000001p-1022) ==
              0x0.0000000000002p-1022);
  ASSERT_TRUE(exp2(10 * one) == 1024 && log2(1024 * one) == 10);
  ASSERT_TRUE(pow(3 * one, 20) == 3486784401.0);
  ASSERT_TRUE(cbrt(-1e-300 * 1e-9 * one) < 0);
}
