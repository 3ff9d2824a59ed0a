#define MC_T float
#define MC(g) g##f
#define MC_KIND 0
#include "math_complex.h"

float cabsf(float _Complex z) {
  return MC(hypot)(__real__ z, __imag__ z);
}
