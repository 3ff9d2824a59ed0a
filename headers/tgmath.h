// <tgmath.h>: type-generic mathematics with _Generic (clang 14 has no
// __builtin_tgmath).  C11's rules: integer arguments count as double, the
// type of several arguments is their common real or complex type, and a
// complex argument selects the complex function.
//
// Omitted, and why: nothing of C11's list.
#ifndef _TGMATH_H_
#define _TGMATH_H_

#include <complex.h>
#include <math.h>

// A zero of the type an argument counts as (integers count as double).
#define __TG_Z(x)                                                       \
  _Generic((x), float: (float)0, long double: (long double)0,           \
           float _Complex: (float _Complex)0,                           \
           double _Complex: (double _Complex)0,                         \
           long double _Complex: (long double _Complex)0,               \
           default: (double)0)
#define __TG_PICK(t, f, d, l, cf, cd, cl)                               \
  _Generic((t), float: f, long double: l, float _Complex: cf,           \
           double _Complex: cd, long double _Complex: cl, default: d)
#define __TG_PICKR(t, f, d, l)                                          \
  _Generic((t), float: f, long double: l, default: d)
#define __TG_RC(n, x) \
  __TG_PICK(__TG_Z(x), n##f, n, n##l, c##n##f, c##n, c##n##l)(x)
#define __TG_R1(n, x) __TG_PICKR(__TG_Z(x), n##f, n, n##l)(x)
#define __TG_R2(n, x, y) \
  __TG_PICKR(__TG_Z(x) + __TG_Z(y), n##f, n, n##l)(x, y)
#define __TG_C1(n, x) \
  __TG_PICK(__TG_Z(x), n##f, n, n##l, n##f, n, n##l)(x)

#define acos(x) __TG_RC(acos, x)
#define asin(x) __TG_RC(asin, x)
#define atan(x) __TG_RC(atan, x)
#define acosh(x) __TG_RC(acosh, x)
#define asinh(x) __TG_RC(asinh, x)
#define atanh(x) __TG_RC(atanh, x)
#define cos(x) __TG_RC(cos, x)
#define sin(x) __TG_RC(sin, x)
#define tan(x) __TG_RC(tan, x)
#define cosh(x) __TG_RC(cosh, x)
#define sinh(x) __TG_RC(sinh, x)
#define tanh(x) __TG_RC(tanh, x)
#define exp(x) __TG_RC(exp, x)
#define log(x) __TG_RC(log, x)
#define sqrt(x) __TG_RC(sqrt, x)
#define pow(x, y)                                                 \
  __TG_PICK(__TG_Z(x) + __TG_Z(y), powf, pow, powl, cpowf, cpow, cpowl)(x, y)
#define fabs(x) \
  __TG_PICK(__TG_Z(x), fabsf, fabs, fabsl, cabsf, cabs, cabsl)(x)

#define atan2(x, y) __TG_R2(atan2, x, y)
#define cbrt(x) __TG_R1(cbrt, x)
#define ceil(x) __TG_R1(ceil, x)
#define copysign(x, y) __TG_R2(copysign, x, y)
#define erf(x) __TG_R1(erf, x)
#define erfc(x) __TG_R1(erfc, x)
#define exp2(x) __TG_R1(exp2, x)
#define expm1(x) __TG_R1(expm1, x)
#define fdim(x, y) __TG_R2(fdim, x, y)
#define floor(x) __TG_R1(floor, x)
#define fma(x, y, z) \
  __TG_PICKR(__TG_Z(x) + __TG_Z(y) + __TG_Z(z), fmaf, fma, fmal)(x, y, z)
#define fmax(x, y) __TG_R2(fmax, x, y)
#define fmin(x, y) __TG_R2(fmin, x, y)
#define fmod(x, y) __TG_R2(fmod, x, y)
#define frexp(x, e) __TG_PICKR(__TG_Z(x), frexpf, frexp, frexpl)(x, e)
#define hypot(x, y) __TG_R2(hypot, x, y)
#define ilogb(x) __TG_R1(ilogb, x)
#define ldexp(x, e) __TG_PICKR(__TG_Z(x), ldexpf, ldexp, ldexpl)(x, e)
#define lgamma(x) __TG_R1(lgamma, x)
#define llrint(x) __TG_R1(llrint, x)
#define llround(x) __TG_R1(llround, x)
#define log10(x) __TG_R1(log10, x)
#define log1p(x) __TG_R1(log1p, x)
#define log2(x) __TG_R1(log2, x)
#define logb(x) __TG_R1(logb, x)
#define lrint(x) __TG_R1(lrint, x)
#define lround(x) __TG_R1(lround, x)
#define nearbyint(x) __TG_R1(nearbyint, x)
#define nextafter(x, y) __TG_R2(nextafter, x, y)
#define nexttoward(x, y) \
  __TG_PICKR(__TG_Z(x), nexttowardf, nexttoward, nexttowardl)(x, y)
#define remainder(x, y) __TG_R2(remainder, x, y)
#define remquo(x, y, q) \
  __TG_PICKR(__TG_Z(x) + __TG_Z(y), remquof, remquo, remquol)(x, y, q)
#define rint(x) __TG_R1(rint, x)
#define round(x) __TG_R1(round, x)
#define scalbn(x, n) __TG_PICKR(__TG_Z(x), scalbnf, scalbn, scalbnl)(x, n)
#define scalbln(x, n) \
  __TG_PICKR(__TG_Z(x), scalblnf, scalbln, scalblnl)(x, n)
#define tgamma(x) __TG_R1(tgamma, x)
#define trunc(x) __TG_R1(trunc, x)

#define carg(x) __TG_C1(carg, x)
#define cimag(x) __TG_C1(cimag, x)
#define conj(x) __TG_C1(conj, x)
#define cproj(x) __TG_C1(cproj, x)
#define creal(x) __TG_C1(creal, x)

#endif
