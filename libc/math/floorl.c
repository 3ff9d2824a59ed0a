#include "math_ld.h"

long double floorl(long double x) {
  long double t = truncl(x);
  if (t == x || isnan(x))
    return t;
  return x < 0 ? t - 1.0L : t;
}
