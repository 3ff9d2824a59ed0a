#define MC_T float
#define MC(g) g##f
#define MC_KIND 0
#include "math_complex.h"

// casin(z) = -i casinh(iz).
float _Complex casinf(float _Complex z) {
  mc_c w = mc_casinh(mc_make(-__imag__ z, __real__ z));
  return mc_make(__imag__ w, -__real__ w);
}
