#define MC_T float
#define MC(g) g##f
#define MC_KIND 0
#include "math_complex.h"

// catan(z) = -i catanh(iz).
float _Complex catanf(float _Complex z) {
  mc_c w = mc_catanh(mc_make(-__imag__ z, __real__ z));
  return mc_make(__imag__ w, -__real__ w);
}
