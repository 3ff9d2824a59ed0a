#include "math_impl.h"

float nexttowardf(float x, long double y) {
  if (isnan(x) || isnan(y))
    return (float)(x + y);
  if ((long double)x == y)
    return (float)y;
  return nextafterf(x, (long double)x < y ? __builtin_inff() : -__builtin_inff());
}
