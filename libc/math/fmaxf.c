#include "math_impl.h"

// Exact: the double result is the float result.
float fmaxf(float x, float y) {
  return (float)fmax((double)x, (double)y);
}
