#include "math_ld.h"

long double fminl(long double x, long double y) {
  if (isnan(x))
    return y;
  if (isnan(y))
    return x;
  if (x == y)
    return __builtin_signbit(x) ? x : y;
  return x < y ? x : y;
}
