#include "math_impl.h"

// The double difference of two floats is exact: one rounding to float.
float fdimf(float x, float y) {
  if (isnan(x) || isnan(y))
    return x + y;
  if (!(x > y))
    return 0.0f;
  return math_narrowf((double)x - (double)y);
}
