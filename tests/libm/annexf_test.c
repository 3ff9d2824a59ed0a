// C Annex F special cases (signed zeros, infinities, NaNs, exact results),
// the exceptions they raise and errno (math_errhandling is
// MATH_ERRNO | MATH_ERREXCEPT), for double, float and long double.
#include <float.h>

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


// long double functions with extended-precision kernels: error cases at
// the ends of their ranges, results that must be exact (representable
// values computed within half an ulp) and fmal's rounding of subnormal
// results (cases where rounding to 64 bits first and then to the subnormal
// would land on a tie; expected values from MPFR with subnormals).
TEST(annexf_ldbl_kernels) {
  CASE(erfcl(200), 0, FE_UNDERFLOW, ERANGE);
  CASE(erfcl(106.7L) > 0 && erfcl(106.7L) < 0x1p-16382L, 1, FE_UNDERFLOW,
       ERANGE);
  CASE(erfcl(-200), 2, 0, 0);
  CASE(erfcl(10), 0xb.ec53f9545167ceap-152L, 0, 0);
  CASE(erfl(10), 1, 0, 0);
  CASE(erfl(-0.5L), -0x8.53f7ae0c76e915fp-4L, 0, 0);
  CASE(erfl(0x1p-16000L) > 0x1p-16000L, 1, 0, 0);
  CASE(tgammal(21), 2432902008176640000.0L, 0, 0);
  CASE(tgammal(26), 15511210043330985984000000.0L, 0, 0);
  CASE(tgammal(0.5L), 0xe.2dfc48da77b553dp-3L, 0, 0);
  CASE(tgammal(-0.5L), -0xe.2dfc48da77b553dp-2L, 0, 0);
  CASE(tgammal(-1800.5L), -0.0L, FE_UNDERFLOW, ERANGE);
  CASE(tgammal(1755.5L), 0xb.267241c8b492cb4p+16380L, 0, 0);
  CASE(tgammal(1755.6L), INFINITY, FE_OVERFLOW, ERANGE);
  CASE(tgammal(0x1p-16440L), INFINITY, FE_OVERFLOW, ERANGE);
  CASE(tgammal(-0x1p70L), NAN, FE_INVALID, EDOM);
  CASE(lgammal(-0x1p70L), INFINITY, FE_DIVBYZERO, ERANGE);
  CASE(lgammal(0x1p16383L), INFINITY, FE_OVERFLOW, ERANGE);
  CASE(lgammal(-2.5L), -0xe.65fcfaf6878ac47p-8L, 0, 0);
  ASSERT_EQ(signgam, -1);
  CASE(lgammal(21), 0xa.957abd76bbdeff8p+2L, 0, 0);
  CASE(powl(-1, LDBL_MAX), 1, 0, 0);
  CASE(powl(-1, -LDBL_MAX), 1, 0, 0);
  CASE(fmal(LDBL_MAX, LDBL_MAX, -INFINITY), -INFINITY, 0, 0);
  CASE(fmal(-LDBL_MAX, 2, INFINITY), INFINITY, 0, 0);
  CASE(powl(10, 20), 1e20L, 0, 0);
  CASE(powl(3, 40), 12157665459056928801.0L, 0, 0);
  CASE(powl(7, -22) * powl(7, 22), 1, 0, 0);
  CASE(powl(0x1p-8000L, 2), 0x1p-16000L, 0, 0);
  CASE(powl(2, -16444.5L), 0x1p-16445L, FE_UNDERFLOW, ERANGE);
  CASE(tanl(1), 0xc.75922e5f71d2dc5p-3L, 0, 0);
  // sinl and cosl, correctly rounded (MPFR), across the reduction's range.
  CASE(sinl(1), 0xd.76aa47848677021p-4L, 0, 0);
  CASE(cosl(1), 0x8.a51407da8345c92p-4L, 0, 0);
  CASE(sinl(0.75L), 0xa.e7fe0b5fc786b2ep-4L, 0, 0);
  CASE(cosl(0.75L), 0xb.b4ff632a908f73fp-4L, 0, 0);
  CASE(sinl(-2.5L), -0x9.935786e7e558405p-4L, 0, 0);
  CASE(cosl(-2.5L), -0xc.d17bf7c2c5be958p-4L, 0, 0);
  CASE(sinl(100), -0x8.1a12dbc626dc038p-4L, 0, 0);
  CASE(cosl(100), 0xd.cc0edfb32fefb2p-4L, 0, 0);
  CASE(sinl(0xc.90fdaa22168c235p-2L), -0xe.ce675d1fc8f8cbbp-68L, 0, 0);
  CASE(cosl(0xc.90fdaa22168c235p-3L), -0xe.ce675d1fc8f8cbbp-69L, 0, 0);
  CASE(sinl(0x1p16383L), 0xc.75a96426d98d104p-5L, 0, 0);
  CASE(cosl(0x1p16383L), 0xe.bcc2fc82ae39ecp-4L, 0, 0);
  CASE(sinl(LDBL_MAX), 0xf.dfd9d4b6d0e5f7cp-4L, 0, 0);
  CASE(cosl(LDBL_MAX), -0x8.00bbd0061d4f543p-6L, 0, 0);
  CASE(sinl(0x1p-40L), 0x1p-40L, 0, 0);
  CASE(cosl(0x1p-40L), 1, 0, 0);
  CASE(cosl(LDBL_TRUE_MIN), 1, 0, 0);
  CASE(cbrtl(2), 0xa.14517cc6b945711p-3L, 0, 0);
  CASE(cbrtl(-10), -0x8.9e24209c3827654p-2L, 0, 0);
  CASE(cbrtl(0x8.3126e978d4fdf3bp-13L), 0xc.ccccccccccccccdp-7L, 0, 0);
  CASE(cbrtl(0x8.000000000000001p-2L), 0xa.14517cc6b945712p-3L, 0, 0);
  CASE(cbrtl(LDBL_TRUE_MIN), 0xa.14517cc6b945711p-5485L, 0, 0);
  CASE(cbrtl(-0x0.00000000000003p-16385L), -0x9.285ff0d8417a7cep-5483L, 0,
       0);
  CASE(cbrtl(LDBL_MAX), 0xa.14517cc6b945711p+5458L, 0, 0);
  CASE_EXACT(cbrtl(9223358842721533951.0L), 2097151);  // (2^21 - 1)^3
  CASE_EXACT(cbrtl(-0x7ffff400005fffffp-90L), -0x1fffffp-30L);  // the same, scaled
  CASE(cbrtl(0x9.d4be25afec02949p+13286L), 0xd.9a318d34ba9f215p+4426L, 0, 0);
  // Tiny arguments: rounded results, so inexact; zero is exact.
  feclearexcept(FE_ALL_EXCEPT);
  ASSERT_TRUE(sinl(-0x1p-40L) == -0x1p-40L && fetestexcept(FE_INEXACT));
  feclearexcept(FE_ALL_EXCEPT);
  ASSERT_TRUE(cosl(0x1p-40L) == 1 && fetestexcept(FE_INEXACT));
  feclearexcept(FE_ALL_EXCEPT);
  ASSERT_TRUE(cosl(0) == 1 && sinl(0) == 0 && !fetestexcept(FE_INEXACT));
  CASE(fmal(1 + 0x1p-63L, 0x1p-16383L + 0x1p-16444L, 0x1p-16444L),
       0x4.000000000000005p-16385L, FE_UNDERFLOW, ERANGE);
  CASE(fmal(-(1 + 0x1p-63L), 0x1p-16383L + 0x1p-16444L, -0x1p-16444L),
       -0x4.000000000000005p-16385L, FE_UNDERFLOW, ERANGE);
  CASE(fmal(1 - 0x1p-64L, 0x1p-16383L + 3 * 0x1p-16445L, 0x1p-16440L),
       0x4.000000000000023p-16385L, FE_UNDERFLOW, ERANGE);
  CASE(fmal(0xc.981b6a1384a3ed9p-8154L, 0xe.444cdaf0522c99dp-8236L,
            0x0.0020d12f2db0a2dp-16385L),
       0x5.9d8e49450d08269p-16385L, FE_UNDERFLOW, ERANGE);
  CASE(fmal(-0xb.9cf71a55ce96561p-8159L, -0xe.5e81c10d02bb2b4p-8232L,
            -0x0.04fffdce3468d17p-16385L),
       0x2.967c264d0570ecfp-16385L, FE_UNDERFLOW, ERANGE);
}

// erfc beyond 16, correctly rounded values from MPFR: arguments where the
// former fit of erfc*exp(x^2) in x was 1.05-1.08 ulp off, and subnormal
// results where rounding to 53 bits before the scaling to the subnormal
// grid gave the wrong neighbour.
TEST(annexf_erfc_tail) {
  CASE(erfc(0x1.041eaf95ca9bap+4), 0x1.c8d311f5d42e7p-387, 0, 0);
  CASE(erfc(0x1.04bec84700516p+4), 0x1.feb4621d55385p-389, 0, 0);
  CASE(erfc(0x1.05c8ea93208cep+4), 0x1.e785a7a889673p-392, 0, 0);
  CASE(erfc(0x1.041466be13dacp+4), 0x1.efc20bb7cb197p-387, 0, 0);
  CASE(erfc(0x1.a9b69234fe2e7p+4), 0x0.0897f3f5e9217p-1022, FE_UNDERFLOW,
       ERANGE);
  CASE(erfc(0x1.a993903174505p+4), 0x0.0d8bb7c0ba225p-1022, FE_UNDERFLOW,
       ERANGE);
  CASE(erfc(27.2), 0x0.0000000000002p-1022, FE_UNDERFLOW, ERANGE);
  CASE(erfc(27.25), 0, FE_UNDERFLOW, ERANGE);
}

// tgamma below -12 (reflection with lgamma(1 - x)): correctly rounded MPFR
// values at arguments where 1 - x is inexact; taking log(a) for psi(a) in
// the correction of that rounding gave the other neighbour (0.995 ulp).
TEST(tgamma_reflection_rounding) {
  CASE(tgamma(-0x1.f9da22948067bp+3), 0x1.fdd5e28cfd0c9p-42, 0, 0);
  CASE(tgamma(-0x1.e00f670f201edp+3), 0x1.bce60fce320a7p-32, 0, 0);
  CASE(tgamma(-0x1.e07b16f320f63p+3), 0x1.adc39f734c166p-35, 0, 0);
  CASE(tgamma(-0x1.e0da9a6521b53p+3), 0x1.d51f7c9cb61e3p-36, 0, 0);
  CASE(tgamma(-0x1.e17278ee22e4fp+3), 0x1.07aa5774074f2p-36, 0, 0);
}
