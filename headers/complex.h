// <complex.h>: complex arithmetic.
//
// Every C11 function for double, float and long double, with the special
// cases of C Annex G (infinities, NaNs and signed zeros).  Multiplication
// and division of complex numbers are the compiler's (compiler-rt's
// __muldc3 and friends).
//
// Omitted, and why:
//   imaginary and _Imaginary_I: clang has no imaginary types (Annex G's
//     imaginary types are optional).
#ifndef _COMPLEX_H_
#define _COMPLEX_H_

#define complex _Complex
#define _Complex_I (__extension__ 1.0iF)
#define I _Complex_I

#define CMPLX(x, y) __builtin_complex((double)(x), (double)(y))
#define CMPLXF(x, y) __builtin_complex((float)(x), (float)(y))
#define CMPLXL(x, y) __builtin_complex((long double)(x), (long double)(y))

#define __CPLX_F(name)                                         \
  double _Complex name(double _Complex);                       \
  float _Complex name##f(float _Complex);                      \
  long double _Complex name##l(long double _Complex);
#define __CPLX_R(name)                                         \
  double name(double _Complex);                                \
  float name##f(float _Complex);                               \
  long double name##l(long double _Complex);

__CPLX_F(cacos)
__CPLX_F(casin)
__CPLX_F(catan)
__CPLX_F(ccos)
__CPLX_F(csin)
__CPLX_F(ctan)
__CPLX_F(cacosh)
__CPLX_F(casinh)
__CPLX_F(catanh)
__CPLX_F(ccosh)
__CPLX_F(csinh)
__CPLX_F(ctanh)
__CPLX_F(cexp)
__CPLX_F(clog)
__CPLX_F(csqrt)
__CPLX_F(conj)
__CPLX_F(cproj)
__CPLX_R(cabs)
__CPLX_R(carg)
__CPLX_R(cimag)
__CPLX_R(creal)

double _Complex cpow(double _Complex, double _Complex);
float _Complex cpowf(float _Complex, float _Complex);
long double _Complex cpowl(long double _Complex, long double _Complex);

#undef __CPLX_F
#undef __CPLX_R

#endif
