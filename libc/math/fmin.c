#include "math_impl.h"

double fmin(double x, double y) {
  if (isnan(x))
    return y;
  if (isnan(y))
    return x;
  if (x == y)
    return __builtin_signbit(x) ? x : y;
  return x < y ? x : y;
}
