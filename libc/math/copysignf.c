#include "math_impl.h"

float copysignf(float x, float y) {
  return asfloat((asuint32(x) & 0x7fffffff) | (asuint32(y) & 0x80000000));
}
