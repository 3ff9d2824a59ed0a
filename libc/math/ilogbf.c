#include "math_impl.h"

int ilogbf(float x) {
  return ilogb((double)x);
}
