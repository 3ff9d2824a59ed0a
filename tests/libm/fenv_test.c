// <fenv.h>: flags and rounding modes of both the SSE unit (float, double)
// and the x87 unit (long double).
#include <fenv.h>
#include <math.h>

#include "harness.h"

static volatile double vd_one = 1.0, vd_zero = 0.0, vd_three = 3.0;
static volatile long double vl_one = 1.0L, vl_zero = 0.0L, vl_three = 3.0L;

TEST(fenv_constants) {
  ASSERT_EQ(FE_INVALID, 1);
  ASSERT_EQ(FE_DIVBYZERO, 4);
  ASSERT_EQ(FE_OVERFLOW, 8);
  ASSERT_EQ(FE_UNDERFLOW, 16);
  ASSERT_EQ(FE_INEXACT, 32);
  ASSERT_EQ(FE_ALL_EXCEPT, 0x3d);
  ASSERT_EQ(FE_TONEAREST, 0);
  ASSERT_EQ(FE_DOWNWARD, 0x400);
  ASSERT_EQ(FE_UPWARD, 0x800);
  ASSERT_EQ(FE_TOWARDZERO, 0xc00);
}

TEST(fenv_flags_sse_and_x87) {
  ASSERT_EQ(feclearexcept(FE_ALL_EXCEPT), 0);
  ASSERT_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
  volatile double d = vd_one / vd_zero;
  (void)d;
  ASSERT_EQ(fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO);
  volatile long double l = vl_one / vl_three;  // x87: inexact
  (void)l;
  ASSERT_EQ(fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO | FE_INEXACT);
  ASSERT_EQ(feclearexcept(FE_INEXACT), 0);
  ASSERT_EQ(fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO);
  l = vl_zero / vl_zero;  // x87 invalid
  ASSERT_EQ(fetestexcept(FE_INVALID | FE_OVERFLOW), FE_INVALID);
  ASSERT_EQ(feclearexcept(FE_ALL_EXCEPT), 0);
  ASSERT_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
  ASSERT_EQ(feraiseexcept(FE_OVERFLOW | FE_UNDERFLOW), 0);
  ASSERT_EQ(fetestexcept(FE_ALL_EXCEPT), FE_OVERFLOW | FE_UNDERFLOW);
  fexcept_t saved;
  ASSERT_EQ(fegetexceptflag(&saved, FE_ALL_EXCEPT), 0);
  ASSERT_EQ(feclearexcept(FE_ALL_EXCEPT), 0);
  ASSERT_EQ(feraiseexcept(FE_INVALID), 0);
  ASSERT_EQ(fesetexceptflag(&saved, FE_OVERFLOW | FE_INVALID), 0);
  // FE_INVALID was cleared (not in saved), FE_OVERFLOW set, UNDERFLOW not
  // touched (not in the mask).
  ASSERT_EQ(fetestexcept(FE_ALL_EXCEPT), FE_OVERFLOW);
  feclearexcept(FE_ALL_EXCEPT);
}

TEST(fenv_rounding_both_units) {
  ASSERT_EQ(fegetround(), FE_TONEAREST);
  ASSERT_EQ(fesetround(FE_UPWARD), 0);
  ASSERT_EQ(fegetround(), FE_UPWARD);
  volatile double d = vd_one / vd_three;
  volatile long double l = vl_one / vl_three;
  ASSERT_TRUE(d * 3 > 1.0);
  ASSERT_TRUE((long double)d > 1.0L / 3);
  ASSERT_TRUE(l > 0.333333333333333333L);
  ASSERT_EQ(fesetround(FE_DOWNWARD), 0);
  double dd = vd_one / vd_three;
  long double ll = vl_one / vl_three;
  ASSERT_TRUE(dd < d);
  ASSERT_TRUE(ll < l);
  ASSERT_EQ(fesetround(FE_TOWARDZERO), 0);
  ASSERT_TRUE(-vd_one / vd_three == -dd);
  ASSERT_TRUE(-vl_one / vl_three == -ll);
  ASSERT_EQ(fesetround(FE_TONEAREST), 0);
  ASSERT_TRUE(fesetround(0x123) != 0);
  ASSERT_EQ(fegetround(), FE_TONEAREST);
}

TEST(fenv_env) {
  fenv_t env;
  feclearexcept(FE_ALL_EXCEPT);
  fesetround(FE_DOWNWARD);
  feraiseexcept(FE_INEXACT);
  ASSERT_EQ(fegetenv(&env), 0);
  ASSERT_EQ(fesetenv(FE_DFL_ENV), 0);
  ASSERT_EQ(fegetround(), FE_TONEAREST);
  ASSERT_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
  ASSERT_EQ(fesetenv(&env), 0);
  ASSERT_EQ(fegetround(), FE_DOWNWARD);
  ASSERT_EQ(fetestexcept(FE_ALL_EXCEPT), FE_INEXACT);
  // feholdexcept clears the flags; feupdateenv restores and re-raises.
  fenv_t held;
  ASSERT_EQ(feholdexcept(&held), 0);
  ASSERT_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
  volatile double d = vd_zero / vd_zero;
  (void)d;
  ASSERT_EQ(fetestexcept(FE_INVALID), FE_INVALID);
  ASSERT_EQ(feupdateenv(&held), 0);
  ASSERT_EQ(fetestexcept(FE_ALL_EXCEPT), FE_INEXACT | FE_INVALID);
  ASSERT_EQ(fegetround(), FE_DOWNWARD);
  fesetenv(FE_DFL_ENV);
  // x87 works after the environment changes (stack intact).
  volatile long double x = vl_three;
  ASSERT_TRUE(x * x == 9.0L);
}
