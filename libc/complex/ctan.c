#define MC_T double
#define MC(f) f
#define MC_KIND 1
#include "math_complex.h"

// ctan(z) = -i ctanh(iz).
double _Complex ctan(double _Complex z) {
  mc_c w = mc_ctanh(mc_make(-__imag__ z, __real__ z));
  return mc_make(__imag__ w, -__real__ w);
}
