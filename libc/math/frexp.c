#include "math_impl.h"

double frexp(double x, int *e) {
  uint64_t ix = asuint64(x);
  int ee = (int)((ix >> 52) & 0x7ff);
  if (ee == 0) {
    if ((ix << 1) == 0) {
      *e = 0;
      return x;
    }
    x *= 0x1p64;
    ix = asuint64(x);
    ee = (int)((ix >> 52) & 0x7ff) - 64;
  } else if (ee == 0x7ff) {
    *e = 0;
    return x + x;
  }
  *e = ee - 1022;
  return asdouble((ix & 0x800fffffffffffffULL) | 0x3fe0000000000000ULL);
}
