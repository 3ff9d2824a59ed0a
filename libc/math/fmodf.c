#include "math_impl.h"

// Exact: the double result is the float result.
float fmodf(float x, float y) {
  return (float)fmod((double)x, (double)y);
}
