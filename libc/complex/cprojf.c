#define MC_T float
#define MC(g) g##f
#define MC_KIND 0
#include "math_complex.h"

// Infinities (even with a NaN part) project to +inf + i(+-0).
float _Complex cprojf(float _Complex z) {
  if (isinf(__real__ z) || isinf(__imag__ z))
    return mc_make(INFINITY, MC(copysign)(0, __imag__ z));
  return z;
}
