#include "math_ld.h"

long double modfl(long double x, long double *ip) {
  long double t = truncl(x);
  *ip = t;
  if (isnan(x))
    return x + x;
  if (isinf(x) || t == x)
    return __builtin_signbit(x) ? -0.0L : 0.0L;
  return x - t;
}
