#include "math_ld.h"

long double fmaxl(long double x, long double y) {
  if (isnan(x))
    return y;
  if (isnan(y))
    return x;
  if (x == y)
    return __builtin_signbit(x) ? y : x;
  return x > y ? x : y;
}
