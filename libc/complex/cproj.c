#define MC_T double
#define MC(f) f
#define MC_KIND 1
#include "math_complex.h"

// Infinities (even with a NaN part) project to +inf + i(+-0).
double _Complex cproj(double _Complex z) {
  if (isinf(__real__ z) || isinf(__imag__ z))
    return mc_make(INFINITY, MC(copysign)(0, __imag__ z));
  return z;
}
