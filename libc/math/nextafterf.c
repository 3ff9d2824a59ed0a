#include "math_impl.h"

float nextafterf(float x, float y) {
  if (isnan(x) || isnan(y))
    return x + y;
  if (x == y)
    return y;
  uint32_t ix = asuint32(x);
  if (x == 0)
    ix = (asuint32(y) & 0x80000000) | 1;
  else if ((x < y) == !(ix >> 31))
    ix++;
  else
    ix--;
  float r = asfloat(ix);
  if (isinf(r)) {
    math_force_evalf(x + x);
    errno = ERANGE;
  } else if (__builtin_fabsf(r) < 0x1p-126f) {
    math_force_evalf(x * x + r * r);
    errno = ERANGE;
  }
  return r;
}
