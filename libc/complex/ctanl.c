#define MC_T long double
#define MC(g) g##l
#define MC_KIND 2
#include "math_complex.h"

// ctan(z) = -i ctanh(iz).
long double _Complex ctanl(long double _Complex z) {
  mc_c w = mc_ctanh(mc_make(-__imag__ z, __real__ z));
  return mc_make(__imag__ w, -__real__ w);
}
