#include "math_impl.h"

long long llroundf(float x) {
  return llround((double)x);
}
