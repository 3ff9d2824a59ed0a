#include "math_impl.h"

// Exact: the double result is an integer representable as a float.
float truncf(float x) {
  return (float)trunc((double)x);
}
