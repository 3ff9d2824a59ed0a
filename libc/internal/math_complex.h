// Complex functions for one type, included by each public function's file
// after defining:
//   MC_T      the real type (double, float, long double)
//   MC(f)     the real function f for that type (MC(sin) -> sinf, ...)
//   MC_FN(f)  the complex function f for that type (MC_FN(cexp) -> cexpf)
// All functions follow C Annex G for infinities, NaNs and signed zeros.
#ifndef LIBC_MATH_COMPLEX_H
#define LIBC_MATH_COMPLEX_H

#include <complex.h>
#include <float.h>
#include <math.h>

typedef MC_T _Complex mc_c;

#if MC_KIND == 0
#define MC_HUGE_ARG 0x1p60f
#define MC_BIG_ATANH 0x1p30f
#else
#define MC_HUGE_ARG ((MC_T)0x1p500)
#define MC_BIG_ATANH ((MC_T)0x1p200)
#endif

#define MC_PI ((MC_T)3.14159265358979323846264338327950288L)
#define MC_PI_2 ((MC_T)1.57079632679489661923132169163975144L)
#define MC_PI_4 ((MC_T)0.785398163397448309615660845819875721L)
#define MC_3PI_4 ((MC_T)2.35619449019234492884698253745962716L)
#define MC_LN2 ((MC_T)0.693147180559945309417232121458176568L)

static inline mc_c mc_make(MC_T re, MC_T im) {
  return __builtin_complex(re, im);
}

// x * e^(iy) for finite y with x possibly infinite (no inf * 0).
static inline mc_c mc_polar(MC_T x, MC_T y) {
  MC_T s = MC(sin)(y), c = MC(cos)(y);
  return mc_make(x * c, x * s);
}

// cexp
static inline mc_c mc_cexp(mc_c z) {
  MC_T x = __real__ z, y = __imag__ z;
  if (isnan(x)) {
    if (y == 0)
      return mc_make(x, y);
    return mc_make(x, x + y);
  }
  if (isinf(x)) {
    if (x > 0) {
      if (y == 0)
        return z;
      if (!isfinite(y))
        return mc_make(x, y - y);  // +inf + i NaN, invalid for inf
      return mc_polar(x, y);
    }
    if (!isfinite(y))
      return mc_make(0, 0);
    return mc_polar(0, y);
  }
  if (y == 0)
    return mc_make(MC(exp)(x), y);
  if (!isfinite(y))
    return mc_make(y - y, y - y);
  MC_T lim = (MC_T)(DBL_MAX_EXP - 1) * MC_LN2;
  if (sizeof(MC_T) == sizeof(float))
    lim = (MC_T)(FLT_MAX_EXP - 1) * MC_LN2;
  else if (sizeof(MC_T) > sizeof(double))
    lim = (MC_T)(LDBL_MAX_EXP - 1) * MC_LN2;
  if (x > lim) {
    // exp(x) overflows but exp(x) * cos(y) might not: two halves.
    MC_T e = MC(exp)(x * 0.5f);
    return mc_make((e * MC(cos)(y)) * e, (e * MC(sin)(y)) * e);
  }
  return mc_polar(MC(exp)(x), y);
}

// log|z| for finite non-zero z, accurate near |z| = 1.
static inline MC_T mc_logabs(MC_T x, MC_T y) {
  MC_T ax = MC(fabs)(x), ay = MC(fabs)(y);
  if (ax < ay) {
    MC_T t = ax;
    ax = ay;
    ay = t;
  }
  if (ax > 0.5f && ax < 2.0f) {
    // |z|^2 - 1 = (ax - 1)(ax + 1) + ay^2 in a wider type where that is
    // exact enough: double for float, fma-free double-double otherwise.
#if MC_KIND == 0
    double d = ((double)ax - 1) * ((double)ax + 1) + (double)ay * ay;
    return (float)(0.5 * log1p(d));
#else
    MC_T a = ax - 1;  // exact (Sterbenz) for ax in [1/2, 2]
    MC_T p = ay * ay;
    // (ax - 1)(ax + 1) = a * (a + 2) = a^2 + 2a, both products with their
    // errors: a^2 + 2a + ay^2 summed largest last.
    MC_T a2 = a * a, t = 2 * a;
    MC_T e1 = MC(fma)(a, a, -a2), e2 = MC(fma)(ay, ay, -p);
    // t + a2 + p with the errors of both additions kept (two-sum).
    MC_T s1 = a2 + p, b1 = s1 - a2;
    MC_T e3 = (a2 - (s1 - b1)) + (p - b1);
    MC_T s2 = t + s1, b2 = s2 - t;
    MC_T e4 = (t - (s2 - b2)) + (s1 - b2);
    MC_T d = s2 + ((e1 + e2) + (e3 + e4));
    return 0.5f * MC(log1p)(d);
#endif
  }
  return MC(log)(MC(hypot)(ax, ay));
}

static inline mc_c mc_clog(mc_c z) {
  MC_T x = __real__ z, y = __imag__ z;
  if (isinf(x) || isinf(y))
    return mc_make(INFINITY, MC(atan2)(y, x));
  if (isnan(x) || isnan(y))
    return mc_make(x + y, x + y);
  if (x == 0 && y == 0) {
    volatile MC_T zero = 0;
    return mc_make(-1 / zero, MC(atan2)(y, x));
  }
  return mc_make(mc_logabs(x, y), MC(atan2)(y, x));
}

static inline mc_c mc_csqrt(mc_c z) {
  MC_T x = __real__ z, y = __imag__ z;
  if (isinf(y))
    return mc_make(INFINITY, y);
  if (isnan(x))
    return mc_make(x, x + y);
  if (isinf(x)) {
    if (x > 0)
      return mc_make(x, isnan(y) ? y : MC(copysign)(0, y));
    return mc_make(isnan(y) ? y - y : 0, MC(copysign)(INFINITY, y));
  }
  if (isnan(y))
    return mc_make(y, y);
  if (x == 0 && y == 0)
    return mc_make(0, y);
  // t = sqrt((|x| + |z|)/2), scaled by 4^k away from overflow/underflow.
  MC_T ax = MC(fabs)(x), ay = MC(fabs)(y), s = 1;
  MC_T big = sizeof(MC_T) == sizeof(float) ? FLT_MAX / 4
             : sizeof(MC_T) == sizeof(double) ? DBL_MAX / 4 : LDBL_MAX / 4;
  MC_T tiny = sizeof(MC_T) == sizeof(float) ? FLT_MIN * 4
              : sizeof(MC_T) == sizeof(double) ? DBL_MIN * 4 : LDBL_MIN * 4;
  if (ax > big || ay > big) {
    ax *= 0.25f;
    ay *= 0.25f;
    s = 2;
  } else if (ax < tiny && ay < tiny) {
    ax = MC(ldexp)(ax, 2 * (sizeof(MC_T) == sizeof(float) ? 24 : 64));
    ay = MC(ldexp)(ay, 2 * (sizeof(MC_T) == sizeof(float) ? 24 : 64));
    s = MC(ldexp)(1, -(sizeof(MC_T) == sizeof(float) ? 24 : 64));
  }
  MC_T t = MC(sqrt)((ax + MC(hypot)(ax, ay)) * 0.5f);
  MC_T u = ay / (2 * t);
  t *= s;
  u *= s;
  if (x >= 0)
    return mc_make(t, MC(copysign)(u, y));
  return mc_make(u, MC(copysign)(t, y));
}

// csinh and ccosh share the special cases of Annex G (G.6.2.4, G.6.2.5).
static inline mc_c mc_csinh(mc_c z) {
  MC_T x = __real__ z, y = __imag__ z;
  if (y == 0)
    return mc_make(MC(sinh)(x), y);
  if (!isfinite(y)) {
    if (x == 0 || isinf(x))
      return mc_make(x, y - y);
    return mc_make(y - y + x, y - y);
  }
  if (isnan(x))
    return mc_make(x, x + y);
  if (isinf(x))
    return mc_make(x * MC(cos)(y), INFINITY * MC(sin)(y));
  MC_T ax = MC(fabs)(x);
  if (ax > 20) {
    // sinh and cosh are e^|x|/2 to full precision; scaled to avoid early
    // overflow.
    MC_T e = MC(exp)(ax * 0.5f);
    MC_T h = 0.5f * e;
    MC_T re = (h * MC(cos)(y)) * e, im = (h * MC(sin)(y)) * e;
    return mc_make(x < 0 ? -re : re, im);
  }
  return mc_make(MC(sinh)(x) * MC(cos)(y), MC(cosh)(x) * MC(sin)(y));
}

static inline mc_c mc_ccosh(mc_c z) {
  MC_T x = __real__ z, y = __imag__ z;
  if (y == 0) {
    if (isnan(x))
      return mc_make(x, y);
    return mc_make(MC(cosh)(x), MC(copysign)(1, x) * y);
  }
  if (!isfinite(y)) {
    if (x == 0)
      return mc_make(y - y, 0 * x);
    if (isinf(x))
      return mc_make(x * x, y - y);
    return mc_make(y - y + x, y - y);
  }
  if (isnan(x))
    return mc_make(x, x + y);
  if (isinf(x))
    return mc_make(INFINITY * MC(cos)(y), x * MC(sin)(y));
  MC_T ax = MC(fabs)(x);
  if (ax > 20) {
    MC_T e = MC(exp)(ax * 0.5f);
    MC_T h = 0.5f * e;
    MC_T re = (h * MC(cos)(y)) * e, im = (h * MC(sin)(y)) * e;
    return mc_make(re, x < 0 ? -im : im);
  }
  return mc_make(MC(cosh)(x) * MC(cos)(y), MC(sinh)(x) * MC(sin)(y));
}

// tanh(x + iy) = (s*c + i*t*(1 + s^2)... in Kahan's form: with t = tan(y),
// b = 1 + t^2, s = sinh(x), r = sqrt(1 + s^2):
// (b*s*r + i*t) / (1 + b*s^2).
static inline mc_c mc_ctanh(mc_c z) {
  MC_T x = __real__ z, y = __imag__ z;
  if (isnan(x)) {
    if (y == 0)
      return mc_make(x, y);
    return mc_make(x, x + y);
  }
  if (isinf(x)) {
    MC_T im = isfinite(y) ? MC(copysign)(0, MC(sin)(2 * y)) : MC(copysign)(0, y);
    return mc_make(MC(copysign)(1, x), im);
  }
  if (!isfinite(y)) {
    // C11 gives NaN + iNaN; C23 keeps a zero real part: +-0 + iNaN.
    if (x == 0)
      return mc_make(x, y - y);
    return mc_make(y - y, y - y);
  }
  if (MC(fabs)(x) > 22) {
    // tanh x = +-1 to full precision; the imaginary part is
    // 4 sin(y) cos(y) e^(-2|x|).
    MC_T e = MC(exp)(-2 * MC(fabs)(x));
    return mc_make(MC(copysign)(1, x), 4 * MC(sin)(y) * MC(cos)(y) * e);
  }
  MC_T t = MC(tan)(y), b = 1 + t * t, s = MC(sinh)(x), r = MC(sqrt)(1 + s * s);
  MC_T d = 1 + b * s * s;
  return mc_make(b * s * r / d, t / d);
}

// (re, im) of casin(x + iy) for x, y >= 0 finite, after Hull, Fairgrieve
// and Tang: A = (|z+1| + |z-1|)/2, B = x/A, with the cancellations of
// A - 1 and 1 - B worked around.
static inline void mc_asin_parts(MC_T x, MC_T y, MC_T *re, MC_T *im,
                                 int want_acos) {
  MC_T big = MC_HUGE_ARG;
  if (x > big || y > big) {
    // |z| huge: casin(z) ~ -i log(2 z) up to terms below the precision.
    MC_T l = mc_logabs(x, y) + MC_LN2;
    MC_T a = MC(atan2)(x, y);  // asin part: pi/2 - arg(z) = atan2(x, y)
    *re = want_acos ? MC(atan2)(y, x) : a;
    *im = l;
    return;
  }
  MC_T xp1 = x + 1, xm1 = x - 1;
  MC_T r = MC(hypot)(xp1, y), s = MC(hypot)(xm1, y);
  MC_T A = 0.5f * (r + s), B = x / A, y2 = y * y;
  if (B <= 0.6417f) {
    *re = want_acos ? MC(acos)(B) : MC(asin)(B);
  } else {
    MC_T apx = A + x, q;
    if (x <= 1)
      q = MC(sqrt)(0.5f * apx * (y2 / (r + xp1) + (s - xm1)));
    else
      q = y * MC(sqrt)(0.5f * (apx / (r + xp1) + apx / (s + xm1)));
    *re = want_acos ? MC(atan2)(q, x) : MC(atan2)(x, q);
  }
  if (x < 1 && y < (1 - x) * 0x1p-34f) {
    // y^2 is negligible (or underflows): im = y / sqrt(1 - x^2).
    *im = y / MC(sqrt)((1 - x) * (1 + x));
  } else if (A <= 1.5f) {
    MC_T am1;
    if (x < 1)
      am1 = 0.5f * (y2 / (r + xp1) + y2 / (s - xm1));
    else
      am1 = 0.5f * (y2 / (r + xp1) + (s + xm1));
    *im = MC(log1p)(am1 + MC(sqrt)(am1 * (A + 1)));
  } else {
    *im = MC(log)(A + MC(sqrt)(A * A - 1));
  }
}

// casinh with the special cases of G.6.2.2.
static inline mc_c mc_casinh(mc_c z) {
  MC_T x = __real__ z, y = __imag__ z;
  if (isnan(x)) {
    if (y == 0)
      return mc_make(x, y);
    if (isinf(y))
      return mc_make(y, x);
    return mc_make(x, x + y);
  }
  if (isinf(x)) {
    if (isnan(y))
      return mc_make(x, y);
    if (isinf(y))
      return mc_make(x, MC(copysign)(MC_PI_4, y));
    return mc_make(x, MC(copysign)(0, y));
  }
  if (isnan(y))
    return mc_make(y, y);
  if (isinf(y))
    return mc_make(MC(copysign)(INFINITY, x), MC(copysign)(MC_PI_2, y));
  // casinh(x + iy) = -i casin(-y + ix): casin parts of (|y|, |x|).
  MC_T a, b;
  mc_asin_parts(MC(fabs)(y), MC(fabs)(x), &a, &b, 0);
  return mc_make(MC(copysign)(b, x), MC(copysign)(a, y));
}

// cacos with the special cases of G.6.1.1.
static inline mc_c mc_cacos(mc_c z) {
  MC_T x = __real__ z, y = __imag__ z;
  if (isnan(x)) {
    if (isinf(y))
      return mc_make(x, -y);
    return mc_make(x, x + y);
  }
  if (isinf(x)) {
    if (isnan(y))
      return mc_make(y, x);  // NaN +- i inf
    MC_T re = isinf(y) ? (x < 0 ? MC_3PI_4 : MC_PI_4) : (x < 0 ? MC_PI : 0);
    return mc_make(re, isinf(y) ? -y : MC(copysign)(INFINITY, -y));
  }
  if (isnan(y)) {
    if (x == 0)
      return mc_make(MC_PI_2, y);
    return mc_make(y, y);
  }
  if (isinf(y))
    return mc_make(MC_PI_2, -y);
  if (x == 0 && y == 0)
    return mc_make(MC_PI_2, -y);
  MC_T a, b;
  mc_asin_parts(MC(fabs)(x), MC(fabs)(y), &a, &b, 1);
  if (x < 0)
    a = MC_PI - a;
  return mc_make(a, y < 0 || (y == 0 && signbit(y)) ? b : -b);
}

// cacosh from cacos (G.6.2.1): cacosh(z) = +-i cacos(z), real part >= 0.
static inline mc_c mc_cacosh(mc_c z) {
  MC_T x = __real__ z, y = __imag__ z;
  if (isnan(x)) {
    if (isinf(y))
      return mc_make(INFINITY, x);
    return mc_make(x, x + y);
  }
  if (isinf(x)) {
    if (isnan(y))
      return mc_make(INFINITY, y);
    MC_T im = isinf(y) ? (x < 0 ? MC_3PI_4 : MC_PI_4) : (x < 0 ? MC_PI : 0);
    return mc_make(INFINITY, MC(copysign)(im, y));
  }
  if (isnan(y))
    return mc_make(y, y);
  if (isinf(y))
    return mc_make(INFINITY, MC(copysign)(MC_PI_2, y));
  mc_c w = mc_cacos(z);
  return mc_make(MC(fabs)(__imag__ w), MC(copysign)(__real__ w, y));
}

// catanh with the special cases of G.6.2.3.
static inline mc_c mc_catanh(mc_c z) {
  MC_T x = __real__ z, y = __imag__ z;
  if (isnan(x)) {
    if (isinf(y))
      return mc_make(MC(copysign)(0, x), MC(copysign)(MC_PI_2, y));
    return mc_make(x, x + y);
  }
  if (isinf(x) || isinf(y)) {
    if (isnan(y))
      return mc_make(MC(copysign)(0, x), y);
    return mc_make(MC(copysign)(0, x), MC(copysign)(MC_PI_2, y));
  }
  if (isnan(y)) {
    if (x == 0)
      return mc_make(x, y);
    return mc_make(y, y);
  }
  MC_T ax = MC(fabs)(x), ay = MC(fabs)(y), re, im;
  if (ax == 1 && ay == 0) {
    volatile MC_T zero = 0;
    return mc_make(MC(copysign)(1 / zero, x), y);
  }
  MC_T big = MC_BIG_ATANH;
  if (ax > big || ay > big) {
    // 1/z to full precision: real part x/|z|^2, imaginary part pi/2.
    MC_T h = MC(hypot)(ax, ay);
    re = (ax / h) / h;
    im = MC_PI_2;
  } else {
    MC_T d = (1 - ax) * (1 - ax) + ay * ay;
    re = 0.25f * MC(log1p)(4 * ax / d);
    im = 0.5f * MC(atan2)(2 * ay, (1 - ax) * (1 + ax) - ay * ay);
  }
  return mc_make(MC(copysign)(re, x), MC(copysign)(im, y));
}

#endif
