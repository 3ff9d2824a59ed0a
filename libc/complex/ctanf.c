#define MC_T float
#define MC(g) g##f
#define MC_KIND 0
#include "math_complex.h"

// ctan(z) = -i ctanh(iz).
float _Complex ctanf(float _Complex z) {
  mc_c w = mc_ctanh(mc_make(-__imag__ z, __real__ z));
  return mc_make(__imag__ w, -__real__ w);
}
