#include "math_ld.h"

// fprem reduces exactly, up to 63 exponent steps per iteration.
long double fmodl(long double x, long double y) {
  if (isnan(x) || isnan(y))
    return x + y;
  if (isinf(x) || y == 0)
    return math_invalidl(0.0L);
  if (isinf(y))
    return x;
  unsigned short sw;
  do {
    __asm__("fprem; fnstsw %1" : "+t"(x), "=a"(sw) : "u"(y));
  } while (sw & 0x400);
  return x;
}
