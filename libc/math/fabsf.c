#include "math_impl.h"

float fabsf(float x) {
  return asfloat(asuint32(x) & 0x7fffffff);
}
