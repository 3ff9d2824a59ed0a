#define MC_T long double
#define MC(g) g##l
#define MC_KIND 2
#include "math_complex.h"

// ccos(z) = ccosh(iz).
long double _Complex ccosl(long double _Complex z) {
  return mc_ccosh(mc_make(-__imag__ z, __real__ z));
}
