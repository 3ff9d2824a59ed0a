#include "math_ld.h"

// fprem1 reduces exactly (IEEE remainder); its last iteration leaves the
// quotient's three low bits in C0, C3, C1.
long double remquol(long double x, long double y, int *quo) {
  *quo = 0;
  if (isnan(x) || isnan(y))
    return x + y;
  if (isinf(x) || y == 0)
    return math_invalidl(0.0L);
  if (isinf(y))
    return x;
  int neg = __builtin_signbit(x) != __builtin_signbit(y);
  unsigned short sw;
  do {
    __asm__("fprem1; fnstsw %1" : "+t"(x), "=a"(sw) : "u"(y));
  } while (sw & 0x400);
  int q = ((sw >> 8) & 1) << 2 | ((sw >> 14) & 1) << 1 | ((sw >> 9) & 1);
  *quo = neg ? -q : q;
  return x;
}
