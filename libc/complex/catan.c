#define MC_T double
#define MC(f) f
#define MC_KIND 1
#include "math_complex.h"

// catan(z) = -i catanh(iz).
double _Complex catan(double _Complex z) {
  mc_c w = mc_catanh(mc_make(-__imag__ z, __real__ z));
  return mc_make(__imag__ w, -__real__ w);
}
