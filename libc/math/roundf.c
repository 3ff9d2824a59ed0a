#include "math_impl.h"

// Exact: the double result is an integer representable as a float.
float roundf(float x) {
  return (float)round((double)x);
}
