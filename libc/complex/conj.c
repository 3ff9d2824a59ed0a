#define MC_T double
#define MC(f) f
#define MC_KIND 1
#include "math_complex.h"

double _Complex conj(double _Complex z) {
  return mc_make(__real__ z, -__imag__ z);
}
