// XSI Bessel functions: special cases (exceptions and errno), symmetries,
// and results within 1 ulp of the correctly rounded values of
// tools/libm/gen_libm_bessel_spot.c (random arguments, huge and tiny ones, and
// the doubles next to zeros).
#include <stdio.h>

#include "libm_test.h"
#include "bessel_values.h"

TEST(bessel_special) {
  double inf = INFINITY, qnan = NAN;
  CASE(j0(0), 1, 0, 0);
  CASE(j0(-(double)0), 1, 0, 0);
  CASE(j0(inf), 0, 0, 0);
  CASE(j0(-inf), 0, 0, 0);
  CASE(j0(qnan), qnan, 0, 0);
  CASE(j1(0), 0, 0, 0);
  CASE(j1(-(double)0), -(double)0, 0, 0);
  CASE(j1(inf), 0, 0, 0);
  CASE(j1(qnan), qnan, 0, 0);
  // j1(x) = x/2 - x^3/16 rounds down in magnitude for subnormal x.
  CASE(j1(0x1p-1074), 0, FE_UNDERFLOW, ERANGE);
  CASE(j1(-0x3p-1074), -0x1p-1074, FE_UNDERFLOW, ERANGE);
  CASE(j1(0x1p-1000), 0x1p-1001, 0, 0);
  CASE(y0(0), -inf, FE_DIVBYZERO, ERANGE);
  CASE(y0(-(double)0), -inf, FE_DIVBYZERO, ERANGE);
  CASE(y0(-1), qnan, FE_INVALID, EDOM);
  CASE(y0(-inf), qnan, FE_INVALID, EDOM);
  CASE(y0(inf), 0, 0, 0);
  CASE(y0(qnan), qnan, 0, 0);
  CASE(y1(0), -inf, FE_DIVBYZERO, ERANGE);
  CASE(y1(-0x1p-1000), qnan, FE_INVALID, EDOM);
  CASE(y1(inf), 0, 0, 0);
  CASE(y1(qnan), qnan, 0, 0);
  CASE(y1(0x1p-1074), -inf, FE_OVERFLOW, ERANGE);  // -2/(pi x)
  CASE(jn(2, 0), 0, 0, 0);
  CASE(jn(5, inf), 0, 0, 0);
  CASE(jn(-7, qnan), qnan, 0, 0);
  CASE(jn(2, 1e-200), 0, FE_UNDERFLOW, ERANGE);
  CASE(jn(1000, 1e-3), 0, FE_UNDERFLOW, ERANGE);
  CASE(yn(2, 0), -inf, FE_DIVBYZERO, ERANGE);
  CASE(yn(-1, 0), inf, FE_DIVBYZERO, ERANGE);  // Y_{-1} = -Y_1
  CASE(yn(3, -1), qnan, FE_INVALID, EDOM);
  CASE(yn(3, inf), 0, 0, 0);
  CASE(yn(4, qnan), qnan, 0, 0);
  CASE(yn(1000, 1e-3), -inf, FE_OVERFLOW, ERANGE);
  CASE(yn(2, 0x1p-600), -inf, FE_OVERFLOW, ERANGE);
  CASE(yn(-3, 0x1p-600), inf, FE_OVERFLOW, ERANGE);
}

// J_{-n} = (-1)^n J_n, J_n(-x) = (-1)^n J_n(x), Y_{-n} = (-1)^n Y_n, and
// n = 0, 1 are j0, j1, y0, y1.
TEST(bessel_symmetry) {
  double xs[] = {0.3, 2.404825557695773, 7.5, 33.25, 150.5, 1e10, 1e300};
  for (int i = 0; i < 7; i++) {
    double x = xs[i];
    ASSERT_TRUE(jn(0, x) == j0(x) && jn(0, -x) == j0(x));
    ASSERT_TRUE(jn(1, x) == j1(x) && jn(-1, x) == -j1(x));
    ASSERT_TRUE(jn(1, -x) == -j1(x) && jn(-1, -x) == j1(x));
    ASSERT_TRUE(yn(0, x) == y0(x) && yn(1, x) == y1(x) && yn(-1, x) == -y1(x));
    ASSERT_TRUE(j0(-x) == j0(x) && j1(-x) == -j1(x));
    for (int n = 2; n <= 5; n++) {
      double s = n & 1 ? -1 : 1;
      ASSERT_TRUE(jn(-n, x) == s * jn(n, x));
      ASSERT_TRUE(jn(n, -x) == s * jn(n, x));
      ASSERT_TRUE(yn(-n, x) == s * yn(n, x));
    }
  }
}

static double ulps(double got, double want) {
  if (isnan(got) || isinf(got) || isinf(want))
    return got == want ? 0 : INFINITY;
  int e = want == 0 ? -1022 : ilogb(want);
  if (e < -1022)
    e = -1022;
  return fabs(got - want) / ldexp(1, e - 52);
}

TEST(bessel_values) {
  int bad = 0;
  for (size_t i = 0; i < sizeof bessel_values / sizeof bessel_values[0]; i++) {
    const struct bessel_value *v = &bessel_values[i];
    double got;
    switch (v->f[0] == 'j' ? v->f[1] : v->f[1] + 10) {
      case '0': got = j0(v->x); break;
      case '1': got = j1(v->x); break;
      case 'n': got = jn(v->n, v->x); break;
      case '0' + 10: got = y0(v->x); break;
      case '1' + 10: got = y1(v->x); break;
      default: got = yn(v->n, v->x); break;
    }
    double e = ulps(got, v->want);
    if (!(e <= 1)) {
      char buf[200];
      snprintf(buf, sizeof buf, "%s(%d, %a) = %a, want %a (%g ulp)", v->f,
               v->n, v->x, got, v->want, e);
      test_log(buf);
      bad++;
    }
  }
  ASSERT_EQ(bad, 0);
}
