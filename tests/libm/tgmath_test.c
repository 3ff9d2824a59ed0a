// <tgmath.h>: the function is chosen by the argument types.
#include <tgmath.h>

#include "harness.h"

#define IS(e, type) _Generic((e), type: 1, default: 0)

TEST(tgmath_dispatch) {
  float f = 2.0f;
  double d = 2.0;
  long double l = 2.0L;
  int i = 2;
  float _Complex fc = 1.0f;
  double _Complex dc = 1.0;
  long double _Complex lc = 1.0L;
  ASSERT_TRUE(IS(sqrt(f), float));
  ASSERT_TRUE(IS(sqrt(d), double));
  ASSERT_TRUE(IS(sqrt(l), long double));
  ASSERT_TRUE(IS(sqrt(i), double));
  ASSERT_TRUE(IS(sqrt(fc), float _Complex));
  ASSERT_TRUE(IS(exp(dc), double _Complex));
  ASSERT_TRUE(IS(sin(lc), long double _Complex));
  ASSERT_TRUE(IS(pow(f, f), float));
  ASSERT_TRUE(IS(pow(f, d), double));
  ASSERT_TRUE(IS(pow(f, l), long double));
  ASSERT_TRUE(IS(pow(dc, f), double _Complex));
  ASSERT_TRUE(IS(atan2(f, i), double));
  ASSERT_TRUE(IS(fma(f, f, f), float));
  ASSERT_TRUE(IS(fabs(dc), double));
  ASSERT_TRUE(IS(ldexp(l, 3), long double));
  ASSERT_TRUE(IS(creal(lc), long double));
  ASSERT_TRUE(sqrt(f) == sqrtf(2.0f));
  ASSERT_TRUE(sqrt(l) == sqrtl(2.0L));
  ASSERT_TRUE(cbrt(27) == 3.0);
  ASSERT_TRUE(creal(sqrt(fc)) == 1.0f);
  ASSERT_TRUE(fabs(-3.0f) == 3.0f);
  ASSERT_TRUE(ldexp(l, 3) == 16.0L);
}
