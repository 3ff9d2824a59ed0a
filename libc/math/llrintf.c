#include "math_impl.h"

long long llrintf(float x) {
  return llrint((double)x);
}
