#include "math_ld.h"

long double sqrtl(long double x) {
  if (x < 0)
    return math_invalidl(x);
  __asm__("fsqrt" : "+t"(x));
  return x;
}
