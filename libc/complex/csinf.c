#define MC_T float
#define MC(g) g##f
#define MC_KIND 0
#include "math_complex.h"

// csin(z) = -i csinh(iz).
float _Complex csinf(float _Complex z) {
  mc_c w = mc_csinh(mc_make(-__imag__ z, __real__ z));
  return mc_make(__imag__ w, -__real__ w);
}
