#define MC_T double
#define MC(f) f
#define MC_KIND 1
#include "math_complex.h"

double cabs(double _Complex z) {
  return MC(hypot)(__real__ z, __imag__ z);
}
