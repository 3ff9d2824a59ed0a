#define MC_T double
#define MC(f) f
#define MC_KIND 1
#include "math_complex.h"

// csin(z) = -i csinh(iz).
double _Complex csin(double _Complex z) {
  mc_c w = mc_csinh(mc_make(-__imag__ z, __real__ z));
  return mc_make(__imag__ w, -__real__ w);
}
