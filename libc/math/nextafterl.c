#include "math_ld.h"

// Steps the 80-bit pattern: the mantissa's explicit integer bit is set for
// normal numbers and clear for subnormals (exponent field 0).
long double nextafterl(long double x, long double y) {
  if (isnan(x) || isnan(y))
    return x + y;
  if (x == y)
    return y;
  union math_ldshape u = {x};
  if (x == 0) {
    u.i.m = 1;
    u.i.se = __builtin_signbit(y) ? 0x8000 : 0;
  } else if ((x < y) == !__builtin_signbit(x)) {  // away from zero
    u.i.m++;
    if (u.i.m == 0) {  // carry into the exponent
      u.i.m = 0x8000000000000000ULL;
      u.i.se++;
    } else if (u.i.m == 0x8000000000000000ULL && (u.i.se & 0x7fff) == 0) {
      u.i.se++;  // largest subnormal to smallest normal
    }
  } else {  // toward zero
    if ((u.i.se & 0x7fff) != 0 && u.i.m == 0x8000000000000000ULL) {
      u.i.se--;
      u.i.m = (u.i.se & 0x7fff) ? 0xffffffffffffffffULL
                                : 0x7fffffffffffffffULL;
    } else {
      u.i.m--;
    }
  }
  long double r = u.f;
  if (isinf(r)) {
    errno = ERANGE;
    volatile long double v = x + x;
    (void)v;
  } else if (__builtin_fabsl(r) < 0x1p-16382L) {
    errno = ERANGE;
    volatile long double v = x * x + r * r;
    (void)v;
  }
  return r;
}
