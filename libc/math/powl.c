#include "math_ld.h"

static int int_kindl(long double y) {
  long double ay = __builtin_fabsl(y);
  if (ay >= 0x1p64L)
    return 2;
  if (ay < 1.0L)
    return y == 0 ? 2 : 0;
  uint64_t i = (uint64_t)ay;
  if ((long double)i != ay)
    return 0;
  return (i & 1) ? 1 : 2;
}

// x^y = 2^(y*log2(x)): x = 2^k*m with m in [sqrt(1/2), sqrt(2)), log2(m)
// by fyl2xp1 on m - 1 (exact), y*k and y*log2(m) as exact pairs, then 2^
// of the pair.  The error grows with |y*log2(x)| (the rounding of log2(m)
// to 64 bits): see docs/libm-accuracy.md.
long double powl(long double x, long double y) {
  if (y == 0 || x == 1.0L)
    return 1.0L;
  if (isnan(x) || isnan(y))
    return x + y;
  int kind = int_kindl(y), neg = 0;
  if (isinf(y)) {
    long double ax = __builtin_fabsl(x);
    if (ax == 1.0L)
      return 1.0L;
    return (ax < 1.0L) == (y < 0) ? __builtin_infl() : 0.0L;
  }
  if (x == 0) {
    int s = kind == 1 && __builtin_signbit(x);
    if (y < 0) {
      errno = ERANGE;
      return (s ? -1.0L : 1.0L) / (volatile long double){0.0L};
    }
    return s ? -0.0L : 0.0L;
  }
  if (isinf(x)) {
    int s = kind == 1 && x < 0;
    long double r = y < 0 ? 0.0L : __builtin_infl();
    return s ? -r : r;
  }
  if (x < 0) {
    if (kind == 0)
      return math_invalidl(x);
    neg = kind == 1;
    x = -x;
  }
  int k;
  long double m = frexpl(x, &k);  // [1/2, 1)
  if (m < 0.70710678118654752440L) {
    m *= 2;
    k--;
  }
  long double l = x87_fyl2xp1(1.0L, m - 1.0L);
  long double ah, al, bh, bl, sh, sl;
  ld_two_prod(y, (long double)k, &ah, &al);
  ld_two_prod(y, l, &bh, &bl);
  ld_two_sum(ah, bh, &sh, &sl);
  sl += al + bl;
  long double r;
  if (sh > 16384.0L) {
    r = math_oflowl();
  } else if (sh < -16447.0L) {
    r = math_uflowl();
  } else {
    unsigned short sw0, sw1;
    __asm__ volatile("fnstsw %0" : "=m"(sw0));
    r = __math_exp2l_dd(sh, sl);
    __asm__ volatile("fnstsw %0" : "=m"(sw1) : "t"(r));
    // Underflow only when the scaling was inexact (the x87 flag was raised
    // here, or was already set and cannot tell).
    if (isinf(r) || (r < 0x1p-16382L && ((sw1 & 0x10) || (sw0 & 0x10))))
      errno = ERANGE;
  }
  return neg ? -r : r;
}
