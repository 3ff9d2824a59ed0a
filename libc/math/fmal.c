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

// Boldo and Melquiond's emulation: the exact product ph + pl, the exact sum
// th + tl = z + ph, then RN(th + RO(pl + tl)).  x and y are scaled to near 1
// and z by the same factor so that no intermediate overflows or underflows.
// Correctly rounded except for subnormal results, which are rounded twice.
long double fmal(long double x, long double y, long double z) {
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
  if (exact && r - th == v && !(sw0 & FE_INEXACT)) {
    // An exact result: drop the inexact flag of the intermediate steps.
    fenv_t env;
    __asm__ volatile("fnstenv %0" : "=m"(env));
    env.__status_word &= ~FE_INEXACT;
    __asm__ volatile("fldenv %0" : : "m"(env));
  }
  return scalbnl(r, s);
}
