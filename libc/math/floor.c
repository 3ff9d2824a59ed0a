#include "math_impl.h"

double floor(double x) {
  uint64_t ix = asuint64(x);
  int e = (int)((ix >> 52) & 0x7ff) - 1023;
  if (e >= 52)
    return e == 1024 ? x + x : x;
  if (e < 0) {
    if ((ix << 1) == 0 || !(ix >> 63))
      return asdouble(ix & 0x8000000000000000ULL);
    return -1.0;
  }
  uint64_t m = 0x000fffffffffffffULL >> e;
  if ((ix & m) == 0)
    return x;
  double t = asdouble(ix & ~m);
  return (ix >> 63) ? t - 1.0 : t;
}
