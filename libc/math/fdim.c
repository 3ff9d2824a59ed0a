#include "math_impl.h"

double fdim(double x, double y) {
  if (isnan(x) || isnan(y))
    return x + y;
  if (!(x > y))
    return 0.0;
  double r = x - y;
  if (isinf(r) && isfinite(x) && isfinite(y))
    errno = ERANGE;
  return r;
}
