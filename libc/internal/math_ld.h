// long double (x87 80-bit) helpers: x87 instructions and extended-precision
// double-long-double arithmetic.
#ifndef LIBC_MATH_LD_H
#define LIBC_MATH_LD_H

#include "math_impl.h"

static inline long double x87_f2xm1(long double x) {  // 2^x - 1, |x| <= 1
  __asm__("f2xm1" : "+t"(x));
  return x;
}
static inline long double x87_fyl2x(long double y, long double x) {
  long double r;
  __asm__("fyl2x" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
  return r;  // y * log2(x)
}
static inline long double x87_fyl2xp1(long double y, long double x) {
  long double r;
  __asm__("fyl2xp1" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
  return r;  // y * log2(1 + x), |x| < 1 - sqrt(2)/2
}
static inline long double x87_fpatan(long double y, long double x) {
  long double r;
  __asm__("fpatan" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
  return r;  // atan2(y, x)
}
static inline long double x87_fsin(long double x) {
  __asm__("fsin" : "+t"(x));
  return x;
}
static inline long double x87_fcos(long double x) {
  __asm__("fcos" : "+t"(x));
  return x;
}
static inline long double x87_frndint(long double x) {
  __asm__("frndint" : "+t"(x));
  return x;
}
static inline long double x87_fscale(long double x, long double n) {
  long double r;
  __asm__("fscale" : "=t"(r) : "0"(x), "u"(n));
  return r;  // x * 2^trunc(n)
}
static inline long double x87_ln2(void) {
  long double r;
  __asm__("fldln2" : "=t"(r));
  return r;
}
static inline long double x87_lg2(void) {
  long double r;
  __asm__("fldlg2" : "=t"(r));
  return r;
}

// Exact products and sums in extended precision (round to nearest).
static inline void ld_split(long double a, long double *hi, long double *lo) {
  long double c = 4294967297.0L * a;  // 2^32 + 1
  long double h = c - (c - a);
  *hi = h;
  *lo = a - h;
}
static inline void ld_two_prod(long double a, long double b, long double *p,
                               long double *e) {
  long double ah, al, bh, bl;
  ld_split(a, &ah, &al);
  ld_split(b, &bh, &bl);
  long double t = a * b;
  *e = ((ah * bh - t) + ah * bl + al * bh) + al * bl;
  *p = t;
}
static inline void ld_two_sum(long double a, long double b, long double *s,
                              long double *e) {
  long double t = a + b;
  long double bb = t - a;
  *e = (a - (t - bb)) + (b - bb);
  *s = t;
}

// |a| >= |b| or a == 0: a + b = *s + *e exactly.
static inline void ld_fast_two_sum(long double a, long double b,
                                   long double *s, long double *e) {
  long double t = a + b;
  *e = b - (t - a);
  *s = t;
}
// Double-long-double arithmetic on pairs hi + lo (|lo| <= ulp(hi) / 2),
// relative error about 2^-124; ld_split limits |hi| to 2^16350.
static inline void ldd_mul(long double ah, long double al, long double bh,
                           long double bl, long double *rh, long double *rl) {
  long double p, e;
  ld_two_prod(ah, bh, &p, &e);
  e += ah * bl + al * bh;
  ld_fast_two_sum(p, e, rh, rl);
}
static inline void ldd_add(long double ah, long double al, long double bh,
                           long double bl, long double *rh, long double *rl) {
  long double s, e;
  ld_two_sum(ah, bh, &s, &e);
  e += al + bl;
  ld_fast_two_sum(s, e, rh, rl);
}
static inline void ldd_div(long double ah, long double al, long double bh,
                           long double bl, long double *rh, long double *rl) {
  long double q = ah / bh, p, e;
  ld_two_prod(q, bh, &p, &e);
  long double r = (((ah - p) - e) + al - q * bl) / bh;
  ld_fast_two_sum(q, r, rh, rl);
}

// 2^n * (hi + lo) rounded once, for 2^-10 <= |hi| <= 8 (|hi| >= 1/8 when
// n > 16000): a normal result is
// hi + lo rounded, then scaled exactly; a subnormal one is rounded at its
// own last place (hi + lo is added to 2^(-16382 - n), whose binade has
// that spacing).  Sets errno (and the exception) on overflow and on
// inexact subnormal results.
static inline long double ld_scale_dd(long double hi, long double lo, int n) {
  if (n > 16390) {
    errno = ERANGE;
    return __builtin_copysignl(0x1p16383L, hi) * 2;
  }
  long double r;
  if (n + ilogbl(hi) >= -16382) {
    r = x87_fscale(hi + lo, (long double)n);
    if (__builtin_isinf(r))
      errno = ERANGE;
    return r;
  }
  if (n < -16520) {
    errno = ERANGE;
    return __builtin_copysignl(0x1p-16000L, hi) * 0x1p-16000L;
  }
  long double c = __builtin_copysignl(x87_fscale(1.0L, (long double)(-16382 - n)), hi);
  long double a, ae;
  ld_two_sum(c, hi, &a, &ae);
  a += ae + lo;
  r = a - c;
  if (r != hi || lo != 0) {
    errno = ERANGE;
    volatile long double tiny = 0x1p-16000L;
    tiny *= tiny;
  }
  return x87_fscale(r, (long double)n);
}

// sinh(x) - x and cosh(x) - 1 for |x| <= 1 by their Taylor series (to
// x^23/23! and x^22/22!: below 2^-66 relative); coefficients 1/n! rounded
// to 64 bits.
static inline long double ld_sinh_m_x(long double x) {
  static const long double c[11] = {0xaaaaaaaaaaaaaaabp-66L, 0x8888888888888889p-70L, 0xd00d00d00d00d00dp-76L, 0xb8ef1d2ab6399c7dp-82L, 0xd7322b3faa271c7fp-89L, 0xb092309d43684be5p-96L, 0xd73f9f399dc0f88fp-104L, 0xca963b81856a5359p-112L, 0x97a4da340a0ab926p-120L, 0xb8dc77b6e7ab8c5fp-129L, 0xbb0da098b1c0ceccp-138L};
  long double z = x * x, p = c[10];
  for (int k = 9; k >= 0; k--)
    p = p * z + c[k];
  return x * z * p;
}
static inline long double ld_cosh_m_1(long double x) {
  static const long double c[11] = {0x8000000000000000p-64L, 0xaaaaaaaaaaaaaaabp-68L, 0xb60b60b60b60b60bp-73L, 0xd00d00d00d00d00dp-79L, 0x93f27dbbc4fae397p-85L, 0x8f76c77fc6c4bdaap-92L, 0xc9cba54603e4e906p-100L, 0xd73f9f399dc0f88fp-108L, 0xb413c31dcbecbbdep-116L, 0xf2a15d201011283dp-125L, 0x8671cb6dbfc294a3p-133L};
  long double z = x * x, p = c[10];
  for (int k = 9; k >= 0; k--)
    p = p * z + c[k];
  return z * p;
}

// Internal long double kernels (libc/math/__math_*l.c).
// x = n*pi/2 + *y + *yl, |y| <= pi/4 (approximately).
int __math_rem_pio2l(long double x, long double *y, long double *yl);
// 2^(th + tl) for |th| < 16400 (no errno).
long double __math_exp2l_dd(long double th, long double tl);
// log2(x) = hi + *lo for finite x > 0, relative error about 2^-86.
long double __math_log2l_dd(long double x, long double *lo);
// 2^(th + tl) = 2^*n * (hi + *lo), hi in [0.7, 1.42], relative error about
// 2^-70, for |th| < 17000.
long double __math_exp2l_k(long double th, long double tl, long double *lo,
                           int *n);
// lgamma(x) = hi + *lo and the sign of Gamma(x), for finite x that is not
// a pole (0 or a negative integer).
long double __math_lgammal_dd(long double x, long double *lo, int *sign);
// erfc(x) = 2^*n * (hi + *lo) for 1/2 <= x < 107; erf(x) = hi + *lo for
// |x| < 1/2.
long double __math_erfcl_k(long double x, long double *lo, int *n);
long double __math_erfl_small(long double x, long double *lo);
// sin(y + yl) and cos(y + yl), rounded once, for |y| <= pi/4 and |yl| <=
// ulp(y) (the output of __math_rem_pio2l).
long double __math_sinl_k(long double y, long double yl);
long double __math_cosl_k(long double y, long double yl);

#endif
