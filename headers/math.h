// <math.h>: mathematics.
//
// Omitted, and why:
//   #pragma STDC FP_CONTRACT / FENV_ACCESS handling is the compiler's.
//   The TS 18661 functions (roundeven, fromfp, nextup, canonicalize, ...):
//     not part of C11 or POSIX 2008; no program in the tree needs them yet.
//   gamma, drem, finite, significand and other pre-C99 BSD aliases: use the
//     standard names (tgamma or lgamma, remainder, isfinite, logb).
//   scalb: withdrawn from POSIX (use scalbn).
//   Float and long double Bessel functions (j0f, jnl, ...): not in POSIX.
//
// math_errhandling is MATH_ERRNO | MATH_ERREXCEPT: domain errors set errno to
// EDOM and raise FE_INVALID, pole errors set ERANGE and raise FE_DIVBYZERO,
// overflow and underflow set ERANGE and raise FE_OVERFLOW or FE_UNDERFLOW.
// Accuracy of each function is measured in docs/libm-accuracy.md.
#ifndef _MATH_H_
#define _MATH_H_

typedef float float_t;
typedef double double_t;

#define HUGE_VAL (__builtin_huge_val())
#define HUGE_VALF (__builtin_huge_valf())
#define HUGE_VALL (__builtin_huge_vall())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))

#define FP_INFINITE 1
#define FP_NAN 0
#define FP_NORMAL 4
#define FP_SUBNORMAL 3
#define FP_ZERO 2

#define FP_ILOGB0 (-2147483647 - 1)
#define FP_ILOGBNAN (-2147483647 - 1)

#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling (MATH_ERRNO | MATH_ERREXCEPT)

// fma is done in software (the FMA instructions are not in the x86-64
// baseline), so it is not faster than a multiplication and an addition.
#undef FP_FAST_FMA
#undef FP_FAST_FMAF
#undef FP_FAST_FMAL

#define fpclassify(x)                                                      \
  __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, \
                       x)
#define isfinite(x) __builtin_isfinite(x)
#define isinf(x) __builtin_isinf(x)
#define isnan(x) __builtin_isnan(x)
#define isnormal(x) __builtin_isnormal(x)
#define signbit(x) __builtin_signbit(x)
#define isgreater(x, y) __builtin_isgreater(x, y)
#define isgreaterequal(x, y) __builtin_isgreaterequal(x, y)
#define isless(x, y) __builtin_isless(x, y)
#define islessequal(x, y) __builtin_islessequal(x, y)
#define islessgreater(x, y) __builtin_islessgreater(x, y)
#define isunordered(x, y) __builtin_isunordered(x, y)

#define M_E 2.7182818284590452354
#define M_LOG2E 1.4426950408889634074
#define M_LOG10E 0.43429448190325182765
#define M_LN2 0.69314718055994530942
#define M_LN10 2.30258509299404568402
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_1_PI 0.31830988618379067154
#define M_2_PI 0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2 1.41421356237309504880
#define M_SQRT1_2 0.70710678118654752440

#define MAXFLOAT 3.40282346638528859812e+38F

extern int signgam;

#define __MATH_F3(name)                                                    \
  double name(double);                                                     \
  float name##f(float);                                                    \
  long double name##l(long double);
#define __MATH_F2(name)                                                    \
  double name(double, double);                                             \
  float name##f(float, float);                                             \
  long double name##l(long double, long double);

__MATH_F3(acos)
__MATH_F3(asin)
__MATH_F3(atan)
__MATH_F2(atan2)
__MATH_F3(cos)
__MATH_F3(sin)
__MATH_F3(tan)
__MATH_F3(acosh)
__MATH_F3(asinh)
__MATH_F3(atanh)
__MATH_F3(cosh)
__MATH_F3(sinh)
__MATH_F3(tanh)
__MATH_F3(exp)
__MATH_F3(exp2)
__MATH_F3(expm1)
__MATH_F3(log)
__MATH_F3(log10)
__MATH_F3(log1p)
__MATH_F3(log2)
__MATH_F3(logb)
__MATH_F3(cbrt)
__MATH_F3(fabs)
__MATH_F2(hypot)
__MATH_F2(pow)
__MATH_F3(sqrt)
__MATH_F3(erf)
__MATH_F3(erfc)
__MATH_F3(lgamma)
__MATH_F3(tgamma)
__MATH_F3(ceil)
__MATH_F3(floor)
__MATH_F3(nearbyint)
__MATH_F3(rint)
__MATH_F3(round)
__MATH_F3(trunc)
__MATH_F2(fmod)
__MATH_F2(remainder)
__MATH_F2(copysign)
__MATH_F2(nextafter)
__MATH_F2(fdim)
__MATH_F2(fmax)
__MATH_F2(fmin)

#undef __MATH_F2
#undef __MATH_F3

double frexp(double, int *);
float frexpf(float, int *);
long double frexpl(long double, int *);
int ilogb(double);
int ilogbf(float);
int ilogbl(long double);
double ldexp(double, int);
float ldexpf(float, int);
long double ldexpl(long double, int);
double modf(double, double *);
float modff(float, float *);
long double modfl(long double, long double *);
double scalbn(double, int);
float scalbnf(float, int);
long double scalbnl(long double, int);
double scalbln(double, long);
float scalblnf(float, long);
long double scalblnl(long double, long);
long lrint(double);
long lrintf(float);
long lrintl(long double);
long long llrint(double);
long long llrintf(float);
long long llrintl(long double);
long lround(double);
long lroundf(float);
long lroundl(long double);
long long llround(double);
long long llroundf(float);
long long llroundl(long double);
double remquo(double, double, int *);
float remquof(float, float, int *);
long double remquol(long double, long double, int *);
double nan(const char *);
float nanf(const char *);
long double nanl(const char *);
double nexttoward(double, long double);
float nexttowardf(float, long double);
long double nexttowardl(long double, long double);
double fma(double, double, double);
float fmaf(float, float, float);
long double fmal(long double, long double, long double);

// Reentrant lgamma: the sign of Gamma(x) is stored into *signp.
double lgamma_r(double, int *);
float lgammaf_r(float, int *);
long double lgammal_r(long double, int *);

// XSI Bessel functions of the first (j) and second (y) kind.
double j0(double);
double j1(double);
double jn(int, double);
double y0(double);
double y1(double);
double yn(int, double);

#endif
