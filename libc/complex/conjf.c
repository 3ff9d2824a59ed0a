#define MC_T float
#define MC(g) g##f
#define MC_KIND 0
#include "math_complex.h"

float _Complex conjf(float _Complex z) {
  return mc_make(__real__ z, -__imag__ z);
}
