#include "math_impl.h"

long lroundf(float x) {
  return lround((double)x);
}
