#include "math_impl.h"

float logbf(float x) {
  return (float)logb((double)x);
}
