#include <fenv.h>

#include "math_ld.h"

// Round to odd of a + b: the sum truncated toward zero with its last bit set
// when inexact.
static long double add_odd(long double a, long double b, int *exact) {
  long double s, e;
  ld_two_sum(a, b, &s, &e);
  *exact = e == 0;
  if (e == 0 || s == 0)
    return s;
  union math_ldshape u = {s};
  if ((e < 0) != (s < 0)) {  // |s| was rounded up
    if (u.i.m == 0x8000000000000000ULL && (u.i.se & 0x7fff) > 1) {
      u.i.se--;
      u.i.m = 0xffffffffffffffffULL;
    } else {
      u.i.m--;
    }
  }
  u.i.m |= 1;
  return u.f;
}

// Sign of t[0] + ... + t[n-1] (exactly): the terms are summed into a
// nonoverlapping expansion (Shewchuk's Grow-Expansion), whose largest
// nonzero component has the sign of the sum.
static int sum_sign(const long double *t, int n) {
  long double e[4];
  int m = 0;
  for (int i = 0; i < n; i++) {
    long double q = t[i];
    for (int j = 0; j < m; j++)
      ld_two_sum(q, e[j], &q, &e[j]);
    e[m++] = q;
  }
  for (int j = m - 1; j >= 0; j--)
    if (e[j] != 0)
      return e[j] > 0 ? 1 : -1;
  return 0;
}

// Boldo and Melquiond's emulation: the exact product ph + pl, the exact sum
// th + tl = z + ph, then RN(th + RO(pl + tl)).  x and y are scaled to near 1
// and z by the same factor so that no intermediate overflows or underflows.
// A subnormal result is rounded twice (to 64 bits, then by the scaling);
// that differs from one rounding only when the 64-bit value r is halfway
// between two subnormals and not exact: then r is moved one 64-bit ulp
// towards the exact sum before the scaling.
long double fmal(long double x, long double y, long double z) {
  if (isinf(z) && isfinite(x) && isfinite(y))
    return z;  // the exact product is finite even when x * y would overflow
  if (!isfinite(x) || !isfinite(y) || !isfinite(z) || x == 0 || y == 0 ||
      z == 0)
    return x * y + z;
  int ex = ilogbl(x), ey = ilogbl(y), ez = ilogbl(z);
  x = scalbnl(x, -ex);
  y = scalbnl(y, -ey);
  int s = ex + ey;
  // The product is below half an ulp of z: z rounded by its sign.
  if (ez - s > 140)
    return z + scalbnl(x * y, s);
  long double zz = scalbnl(z, -s);
  unsigned short sw0;
  __asm__ volatile("fnstsw %0" : "=m"(sw0));
  long double ph, pl, th, tl;
  ld_two_prod(x, y, &ph, &pl);
  ld_two_sum(zz, ph, &th, &tl);
  int exact;
  long double v = add_odd(pl, tl, &exact);
  long double r = th + v;
  // |r| >= 2^-140 unless r = 0 (the exact sum is a multiple of ulp(pl)).
  if (s < -16382 + 140 && r != 0 && ilogbl(r) + s < -16382) {
    long double back = scalbnl(scalbnl(r, s), -s);
    long double half = scalbnl(1.0L, -16446 - s);
    if (__builtin_fabsl(r - back) == half) {
      long double terms[4] = {th, tl, pl, -r};
      int sign = sum_sign(terms, 4);
      if (sign != 0)
        r = nextafterl(r, sign > 0 ? __builtin_infl() : -__builtin_infl());
    }
  }
  if (exact && r - th == v && !(sw0 & FE_INEXACT)) {
    // An exact result: drop the inexact flag of the intermediate steps.
    fenv_t env;
    __asm__ volatile("fnstenv %0" : "=m"(env));
    env.__status_word &= ~FE_INEXACT;
    __asm__ volatile("fldenv %0" : : "m"(env));
  }
  return scalbnl(r, s);
}
