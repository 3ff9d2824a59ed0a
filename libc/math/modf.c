#include "math_impl.h"

double modf(double x, double *ip) {
  uint64_t ix = asuint64(x);
  int e = (int)((ix >> 52) & 0x7ff) - 1023;
  if (e >= 52) {
    *ip = x;
    if (e == 1024 && (ix << 12) != 0)
      return x + x;  // NaN
    return asdouble(ix & 0x8000000000000000ULL);
  }
  if (e < 0) {
    *ip = asdouble(ix & 0x8000000000000000ULL);
    return x;
  }
  uint64_t m = 0x000fffffffffffffULL >> e;
  if ((ix & m) == 0) {
    *ip = x;
    return asdouble(ix & 0x8000000000000000ULL);
  }
  double t = asdouble(ix & ~m);
  *ip = t;
  return x - t;
}
