#include "math_impl.h"

// Exact: the double result is the float result.
float remainderf(float x, float y) {
  return (float)remainder((double)x, (double)y);
}
