#include "math_impl.h"

double log(double x) {
  if (!(x > 0.0)) {
    if (x == 0.0)
      return math_divzero(1);
    return math_invalid(x);
  }
  if (isinf(x))
    return x;
  double lo;
  return __math_log_kernel(x, &lo);
}
