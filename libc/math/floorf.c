#include "math_impl.h"

// Exact: the double result is an integer representable as a float.
float floorf(float x) {
  return (float)floor((double)x);
}
