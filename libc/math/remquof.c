#include "math_impl.h"

float remquof(float x, float y, int *quo) {
  return (float)remquo((double)x, (double)y, quo);
}
