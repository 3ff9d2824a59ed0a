#include "math_impl.h"

// Exact: the double result is an integer representable as a float.
float rintf(float x) {
  return (float)rint((double)x);
}
