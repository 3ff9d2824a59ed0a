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
// digamma(x), about 2^-50 relative (for first-order corrections).
long double __math_digammal(long double x);

#endif
