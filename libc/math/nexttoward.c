#include "math_impl.h"

double nexttoward(double x, long double y) {
  if (isnan(x) || isnan(y))
    return (double)(x + y);
  if ((long double)x == y)
    return (double)y;
  return nextafter(x, (long double)x < y ? __builtin_inf() : -__builtin_inf());
}
