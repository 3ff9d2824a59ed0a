#include "math_impl.h"

float lgammaf_r(float x, int *sign) {
  return math_narrowf(lgamma_r((double)x, sign));
}
