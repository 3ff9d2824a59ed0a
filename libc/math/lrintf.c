#include "math_impl.h"

long lrintf(float x) {
  return lrint((double)x);
}
