#include "math_impl.h"

// Exact: the double result is an integer representable as a float.
float ceilf(float x) {
  return (float)ceil((double)x);
}
