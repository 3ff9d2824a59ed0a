#define MC_T double
#define MC(f) f
#define MC_KIND 1
#include "math_complex.h"

// ccos(z) = ccosh(iz).
double _Complex ccos(double _Complex z) {
  return mc_ccosh(mc_make(-__imag__ z, __real__ z));
}
