#include "math_ld.h"

long double logbl(long double x) {
  if (!isfinite(x))
    return x * x;
  if (x == 0) {
    errno = ERANGE;
    return -1.0L / (volatile long double){0.0L};
  }
  return (long double)ilogbl(x);
}
