#include "math_impl.h"

// Exact: the double result is an integer representable as a float.
float nearbyintf(float x) {
  return (float)nearbyint((double)x);
}
