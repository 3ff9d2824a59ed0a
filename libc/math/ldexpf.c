#include "math_impl.h"

float ldexpf(float x, int n) {
  return scalbnf(x, n);
}
