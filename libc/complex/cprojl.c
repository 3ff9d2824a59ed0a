#define MC_T long double
#define MC(g) g##l
#define MC_KIND 2
#include "math_complex.h"

// Infinities (even with a NaN part) project to +inf + i(+-0).
long double _Complex cprojl(long double _Complex z) {
  if (isinf(__real__ z) || isinf(__imag__ z))
    return mc_make(INFINITY, MC(copysign)(0, __imag__ z));
  return z;
}
