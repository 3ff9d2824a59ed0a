#include "math_impl.h"

// Exact: the double result is the float result.
float fminf(float x, float y) {
  return (float)fmin((double)x, (double)y);
}
