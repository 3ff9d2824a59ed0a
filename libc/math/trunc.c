#include "math_impl.h"

// Clears the fraction bits; raises no exception (except for signaling NaNs).
double trunc(double x) {
  uint64_t ix = asuint64(x);
  int e = (int)((ix >> 52) & 0x7ff) - 1023;
  if (e >= 52)
    return e == 1024 ? x + x : x;
  if (e < 0)
    return asdouble(ix & 0x8000000000000000ULL);
  return asdouble(ix & ~(0x000fffffffffffffULL >> e));
}
