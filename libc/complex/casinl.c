#define MC_T long double
#define MC(g) g##l
#define MC_KIND 2
#include "math_complex.h"

// casin(z) = -i casinh(iz).
long double _Complex casinl(long double _Complex z) {
  mc_c w = mc_casinh(mc_make(-__imag__ z, __real__ z));
  return mc_make(__imag__ w, -__real__ w);
}
