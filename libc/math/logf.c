#include "math_impl.h"

// The double function is accurate to well under 1 ulp of double, so its
// result rounded to float is within 0.5 + 2^-28 ulp of float.
float logf(float x) {
  return math_narrowf(log((double)x));
}
