#include "math_impl.h"

// A NaN argument is ignored; +0 is taken as greater than -0.
double fmax(double x, double y) {
  if (isnan(x))
    return y;
  if (isnan(y))
    return x;
  if (x == y)
    return __builtin_signbit(x) ? y : x;
  return x > y ? x : y;
}
