// Internal helpers of the libm: bit access, error reporting (errno and
// exceptions), double-double arithmetic and the shared kernels.
#ifndef LIBC_MATH_IMPL_H
#define LIBC_MATH_IMPL_H

#include <errno.h>
#include <math.h>
#include <stdint.h>

static inline uint64_t asuint64(double x) {
  union { double f; uint64_t i; } u = {x};
  return u.i;
}
static inline double asdouble(uint64_t i) {
  union { uint64_t i; double f; } u = {i};
  return u.f;
}
static inline uint32_t asuint32(float x) {
  union { float f; uint32_t i; } u = {x};
  return u.i;
}
static inline float asfloat(uint32_t i) {
  union { uint32_t i; float f; } u = {i};
  return u.f;
}

// long double (x87 80-bit) as mantissa and sign/exponent.
union math_ldshape {
  long double f;
  struct {
    uint64_t m;
    uint16_t se;
  } i;
};

// Evaluates x for its exceptions: the compiler may not drop or fold it.
static inline void math_force_eval(double x) {
  volatile double v = x;
  (void)v;
}
// f(x) = x for tiny x (sin, tan, asin, atan, sinh, ...): inexact unless x
// is zero, and an underflow with ERANGE when x is subnormal.
static inline double math_tiny_identity(double x) {
  if (x != 0) {
    math_force_eval(x + 0x1p-1000);
    if (__builtin_fabs(x) < 0x1p-1022)
      errno = ERANGE, math_force_eval(x * x);
  }
  return x;
}

static inline void math_force_evalf(float x) {
  volatile float v = x;
  (void)v;
}

// Error returns: raise the exception with a real operation and set errno.
static inline double math_oflow(int neg) {
  volatile double big = 0x1p1000;
  errno = ERANGE;
  return (neg ? -big : big) * big;
}
static inline double math_uflow(int neg) {
  volatile double tiny = 0x1p-1000;
  errno = ERANGE;
  return (neg ? -tiny : tiny) * tiny;
}
static inline double math_divzero(int neg) {
  volatile double zero = 0.0;
  errno = ERANGE;
  return (neg ? -1.0 : 1.0) / zero;
}
// Domain error; a NaN argument is passed through quietly without errno.
static inline double math_invalid(double x) {
  if (isnan(x))
    return x + x;
  volatile double zero = 0.0, r;
  errno = EDOM;
  r = zero / zero;
  return r;
}
static inline float math_oflowf(int neg) {
  volatile float big = 0x1p100f;
  errno = ERANGE;
  return (neg ? -big : big) * big;
}
static inline float math_uflowf(int neg) {
  volatile float tiny = 0x1p-100f;
  errno = ERANGE;
  return (neg ? -tiny : tiny) * tiny;
}
static inline float math_divzerof(int neg) {
  volatile float zero = 0.0f;
  errno = ERANGE;
  return (neg ? -1.0f : 1.0f) / zero;
}
static inline float math_invalidf(float x) {
  if (isnan(x))
    return x + x;
  volatile float zero = 0.0f, r;
  errno = EDOM;
  r = zero / zero;
  return r;
}
static inline long double math_invalidl(long double x) {
  if (isnan(x))
    return x + x;
  volatile long double zero = 0.0L, r;
  errno = EDOM;
  r = zero / zero;
  return r;
}

static inline long double math_oflowl(void) {
  volatile long double big = 0x1p16000L, r;
  errno = ERANGE;
  r = big * big;
  return r;
}
static inline long double math_uflowl(void) {
  volatile long double tiny = 0x1p-16000L, r;
  errno = ERANGE;
  r = tiny * tiny;
  return r;
}

// errno for a float result computed in double: ERANGE when the rounding to
// float overflowed or underflowed to zero or a subnormal inexactly.
static inline float math_narrowf(double r) {
  float f = (float)r;
  if (isinf(f) && !isinf(r))
    errno = ERANGE;
  else if (r != 0 && __builtin_fabsf(f) < 0x1p-126f && (double)f != r)
    errno = ERANGE;
  return f;
}
// The same check for a double result: r was finite-intended and the
// arguments finite.
static inline double math_check(double r) {
  if (isinf(r) || (r != 0 && __builtin_fabs(r) < 0x1p-1022))
    errno = ERANGE;
  return r;
}

// Double-double arithmetic (round to nearest; no FMA).
static inline void two_sum(double a, double b, double *s, double *e) {
  double t = a + b;
  double bb = t - a;
  *e = (a - (t - bb)) + (b - bb);
  *s = t;
}
// |a| >= |b| or a == 0.
static inline void fast_two_sum(double a, double b, double *s, double *e) {
  double t = a + b;
  *e = b - (t - a);
  *s = t;
}
static inline void dd_split(double a, double *hi, double *lo) {
  double c = 134217729.0 * a;  // 2^27 + 1
  double h = c - (c - a);
  *hi = h;
  *lo = a - h;
}
// a * b = p + e exactly (no overflow of the splitting: |a|, |b| < 2^995).
static inline void two_prod(double a, double b, double *p, double *e) {
  double ah, al, bh, bl;
  dd_split(a, &ah, &al);
  dd_split(b, &bh, &bl);
  double t = a * b;
  *e = ((ah * bh - t) + ah * bl + al * bh) + al * bl;
  *p = t;
}
// (ah + al) * (bh + bl)
static inline void dd_mul(double ah, double al, double bh, double bl,
                          double *rh, double *rl) {
  double p, e;
  two_prod(ah, bh, &p, &e);
  e += ah * bl + al * bh;
  fast_two_sum(p, e, rh, rl);
}
static inline void dd_add(double ah, double al, double bh, double bl,
                          double *rh, double *rl) {
  double s, e;
  two_sum(ah, bh, &s, &e);
  e += al + bl;
  fast_two_sum(s, e, rh, rl);
}
// (ah + al) / (bh + bl)
static inline void dd_div(double ah, double al, double bh, double bl,
                          double *rh, double *rl) {
  double q = ah / bh;
  double p, e;
  two_prod(q, bh, &p, &e);
  double r = (((ah - p) - e) + al - q * bl) / bh;
  fast_two_sum(q, r, rh, rl);
}
// sqrt(ah + al), ah > 0
static inline void dd_sqrt(double ah, double al, double *rh, double *rl) {
  double s = __builtin_sqrt(ah);
  double p, e;
  two_prod(s, s, &p, &e);
  double r = (((ah - p) - e) + al) / (2 * s);
  fast_two_sum(s, r, rh, rl);
}

// Polynomial records of the Bessel and lgamma tables (generated by
// tools/libm/gen_libm_bessel.c and gen_libm_lgamma_zeros.c): a center as three
// doubles, coefficients 0, 1, 2 as double-doubles, the higher ones as
// doubles.  Horner's scheme at t = th + tl: doubles down to coefficient 3,
// then double-double steps.
static inline double math_poly_record(const double *r, int len, double th,
                                      double tl, double *lo) {
  double q = 0;
  for (int k = len - 1; k >= 9; k--)
    q = q * th + r[k];
  double qh = q, ql = 0;
  for (int k = 2; k >= 0; k--) {
    dd_mul(qh, ql, th, tl, &qh, &ql);
    dd_add(qh, ql, r[3 + 2 * k], r[4 + 2 * k], &qh, &ql);
  }
  *lo = ql;
  return qh;
}
// x minus the center of record r as th + tl (next to a zero of the
// function, x - center is small and needs the center's three parts).
static inline void math_record_offset(const double *r, double x, double *th,
                                      double *tl) {
  double e, a, b;
  two_sum(x, -r[0], th, &e);
  two_sum(*th, e - r[1], &a, &b);
  b -= r[2];
  fast_two_sum(a, b, th, tl);
}
// The record evaluated at x.
static inline double math_poly_record_at(const double *r, int len, double x,
                                         double *lo) {
  double th, tl;
  math_record_offset(r, x, &th, &tl);
  return math_poly_record(r, len, th, tl, lo);
}

// Scales y (in [0.5, 4)) by 2^k with a single rounding where the result is
// normal and correct subnormal rounding otherwise.
static inline double math_scale(double y, int k) {
  if (k > 1023) {
    y *= 0x1p1023;
    k -= 1023;
    if (k > 1023)
      k = 1023;
  } else if (k < -1021) {
    // Bring the exponent into range in two steps; the final multiplication
    // performs the only (subnormal) rounding.
    y *= 0x1p-1000;
    k += 1000;
    if (k < -1022) {
      y *= 0x1p-60;
      k += 60;
    }
  }
  return y * asdouble((uint64_t)(0x3ff + k) << 52);
}

// math_scale for results that may be subnormal: errno is set to ERANGE when
// the scaling underflowed (was inexact), not for exact subnormal results.
static inline double math_scale_tiny(double y, int k) {
  unsigned int m0, m1;
  __asm__ volatile("stmxcsr %0" : "=m"(m0));
  unsigned int mc = m0 & ~0x10u;  // clear the underflow flag
  __asm__ volatile("ldmxcsr %0" : : "m"(mc));
  double r = math_scale(y, k);
  __asm__ volatile("stmxcsr %0" : "=m"(m1) : "x"(r));
  if (m1 & 0x10)
    errno = ERANGE;
  m1 |= m0 & 0x10;
  __asm__ volatile("ldmxcsr %0" : : "m"(m1));
  return r;
}

// The inexact flag (SSE and x87): read at entry and restored for results
// that turn out exact (Annex F: cbrt of an exact cube is exact).
static inline int math_inexact_raised(void) {
  unsigned int mxcsr;
  unsigned short sw;
  __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
  __asm__ volatile("fnstsw %0" : "=m"(sw));
  return ((mxcsr | sw) & 0x20) != 0;
}
static inline void math_inexact_clear(void) {
  unsigned int mxcsr;
  __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
  mxcsr &= ~0x20u;
  __asm__ volatile("ldmxcsr %0" : : "m"(mxcsr));
  struct { unsigned short cw, r0, sw, r1; unsigned int rest[5]; } env;
  __asm__ volatile("fnstenv %0" : "=m"(env));
  env.sw &= (unsigned short)~0x20u;
  __asm__ volatile("fldenv %0" : : "m"(env));
}

// Kernels (libc/math/__math_*.c).

// exp(xh + xl) = 2^k * (hi + lo), |xh| < 746; hi + lo in [0.7, 1.5).
double __math_exp_kernel(double xh, double xl, int *k, double *lo);
// log(x) = hi + lo for finite x > 0 (subnormals included), absolute error
// below 2^-68 * |hi| + 2^-75.
double __math_log_kernel(double x, double *lo);
// x reduced by multiples of pi/2: x = n * pi/2 + (*yh + *yl), |y| <= pi/4.
int __math_rem_pio2(double x, double *yh, double *yl);
// The same for m * 2^e, m < 2^64, e >= -43 (doubles and long doubles).
int __math_rem_pio2_large(uint64_t m, int e, double *yh, double *yl);
// Bits [pos, pos + 64) of the number l[0..words) (l[0] least significant;
// bits beyond the top word are 0): the fractions of Payne-Hanek products.
static inline uint64_t math_bits64(const uint64_t *l, int words, int pos) {
  int w = pos >> 6, s = pos & 63;
  uint64_t v = l[w] >> s;
  if (s != 0 && w + 1 < words)
    v |= l[w + 1] << (64 - s);
  return v;
}
// sin and cos of y = yh + yl, |y| <= pi/4 + small.
double __math_sin_kernel(double yh, double yl);
// sin (q = 0) or cos (q = 1) of x outside their fast range.
double __math_sincos_slow(double x, int q);
double __math_cos_kernel(double yh, double yl);
// tan(y), or -1/tan(y) when odd, for |y| <= pi/4 + small.
double __math_tan_kernel(double yh, double yl, int odd);
// atan(yh + yl) for yh >= 0 as hi + *lo.
double __math_atan_kernel(double yh, double yl, double *lo);
// expm1 as a double-double for |x| < 710.
double __math_expm1_kernel(double x, double *lo);
// log(1 + xh + xl) for xh + xl > -1 as a double-double.
double __math_log1p_kernel(double xh, double xl, double *lo);
// lgamma of positive x and sin(pi*x), as double-doubles.
double __math_lgamma_pos(double x, double *lo);
double __math_sinpi(double x, double *lo);
// sin (cosine = 0) or cos of yh + yl, |y| <= pi/4, as a double-double.
double __math_sincos_dd(double yh, double yl, int cosine, double *lo);
// erfc(x) = 2^k * (hi + lo) for 0.25 <= x <= 28.
double __math_erfc_dd(double x, int *k, double *lo);
// erf(x) as a double-double for |x| < 0.85.
double __math_erf_small(double x, double *lo);
// Gamma(1 + t) - 1 as a double-double for t in [0, 1].
double __math_gamma1m1(double t, double *lo);
// Bessel functions (kind 0: J0, 1: J1, 2: Y0, 3: Y1) as double-doubles for
// finite x >= 0 (J), x > 0 (Y0) or x >= 2^-60 (Y1).
double __math_bessel(int kind, double x, double *lo);
// y0 and y1 at NaN, zero (pole), x < 0 (domain error) and +inf: returns 1
// with the result in *r.
static inline int math_bessel_y_special(double x, double *r) {
  if (isnan(x))
    *r = x + x;
  else if (x == 0)
    *r = math_divzero(1);
  else if (x < 0)
    *r = math_invalid(x);
  else if (isinf(x))
    *r = 0.0;
  else
    return 0;
  return 1;
}
// J_n (y = 0) or Y_n (y = 1) by Hankel's expansion for n = 0, 1 and
// x >= 64, or for x >= 2^60 and n^2 < 2^-30 x.
double __math_bessel_hankel(int n, int y, double x, double *lo);
// The seeds of the recurrences of jn and yn for x >= 2: J0, J1 (y = 0) or
// Y0, Y1 (y = 1) as f[0] + f[1], f[2] + f[3], to about 2^-104 of the
// functions' envelope sqrt(2/(pi x)) (next to a zero of J_n or Y_n the
// result is a cancellation of terms of that size).
void __math_bessel_seed(int y, double x, double f[4]);
// The slow path of jn and yn next to a zero of the result: J_n (y = 0) or
// Y_n (y = 1) for n >= 2 and 2 <= x < 2^60 by the forward recurrence in
// triple-double (__math_bessel_td.c).
double __math_bessel_td(int y, unsigned n, double x);
// Exact remainder (round = 0: fmod, 1: remainder) and the quotient's low
// 31 bits.
double __math_remquo(double x, double y, int *quo, int round);

#endif
