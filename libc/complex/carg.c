#define MC_T double
#define MC(f) f
#define MC_KIND 1
#include "math_complex.h"

double carg(double _Complex z) {
  return MC(atan2)(__imag__ z, __real__ z);
}
