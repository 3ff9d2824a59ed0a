#define MC_T float
#define MC(g) g##f
#define MC_KIND 0
#include "math_complex.h"

// ccos(z) = ccosh(iz).
float _Complex ccosf(float _Complex z) {
  return mc_ccosh(mc_make(-__imag__ z, __real__ z));
}
