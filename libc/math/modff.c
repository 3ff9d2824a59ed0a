#include "math_impl.h"

float modff(float x, float *ip) {
  double i;
  float r = (float)modf((double)x, &i);
  *ip = (float)i;
  return r;
}
