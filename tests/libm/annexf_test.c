// C Annex F special cases (signed zeros, infinities, NaNs, exact results),
// the exceptions they raise and errno (math_errhandling is
// MATH_ERRNO | MATH_ERREXCEPT), for double, float and long double.
#include "libm_test.h"

#define T double
#define F(f) f
#define LGAMMA_R lgamma_r
#define SFX d
#define MAXEXP 1024
#define MINSUB (-1074)
#define MANT 53
#include "annexf_cases.inc"
#undef T
#undef F
#undef LGAMMA_R
#undef SFX
#undef MAXEXP
#undef MINSUB
#undef MANT

#define T float
#define F(g) g##f
#define LGAMMA_R lgammaf_r
#define SFX f
#define MAXEXP 128
#define MINSUB (-149)
#define MANT 24
#include "annexf_cases.inc"
#undef T
#undef F
#undef LGAMMA_R
#undef SFX
#undef MAXEXP
#undef MINSUB
#undef MANT

#define T long double
#define F(g) g##l
#define LGAMMA_R lgammal_r
#define SFX l
#define MAXEXP 16384
#define MINSUB (-16445)
#define MANT 64
#include "annexf_cases.inc"

TEST(math_classify) {
  volatile double d = 0x1p-1074, z = -0.0, inf = INFINITY;
  ASSERT_EQ(fpclassify(d), FP_SUBNORMAL);
  ASSERT_EQ(fpclassify(z), FP_ZERO);
  ASSERT_EQ(fpclassify(inf), FP_INFINITE);
  ASSERT_EQ(fpclassify(NAN), FP_NAN);
  ASSERT_EQ(fpclassify(1.0f), FP_NORMAL);
  ASSERT_EQ(fpclassify(0x1p-16400L), FP_SUBNORMAL);
  ASSERT_TRUE(signbit(z) && !signbit(d));
  ASSERT_TRUE(isnormal(1.0) && !isnormal(d) && isfinite(d) && !isfinite(inf));
  ASSERT_TRUE(isinf(-inf) && isnan(NAN) && !isnan(inf));
  feclearexcept(FE_ALL_EXCEPT);
  volatile double n = NAN;
  ASSERT_TRUE(!isgreater(n, 1.0) && !isless(n, 1.0) && isunordered(n, 1.0));
  ASSERT_TRUE(isgreaterequal(2.0, 2.0) && islessgreater(1.0, 2.0));
  ASSERT_TRUE(!islessequal(n, n));
  ASSERT_EQ(fetestexcept(FE_INVALID), 0);  // quiet comparisons
  ASSERT_EQ(math_errhandling, MATH_ERRNO | MATH_ERREXCEPT);
  ASSERT_TRUE(HUGE_VAL == inf && HUGE_VALF == INFINITY && HUGE_VALL == inf);
  ASSERT_TRUE(M_PI == 0x1.921fb54442d18p+1 && M_SQRT2 == 0x1.6a09e667f3bcdp+0);
}

