#include "math_impl.h"

double logb(double x) {
  if (!isfinite(x))
    return x * x;
  if (x == 0)
    return math_divzero(1);
  return (double)ilogb(x);
}
