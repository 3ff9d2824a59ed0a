#define MC_T float
#define MC(g) g##f
#define MC_KIND 0
#include "math_complex.h"

float crealf(float _Complex z) {
  return __real__ z;
}
