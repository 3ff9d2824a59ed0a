#define MC_T float
#define MC(g) g##f
#define MC_KIND 0
#include "math_complex.h"

float cimagf(float _Complex z) {
  return __imag__ z;
}
