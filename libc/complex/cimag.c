#define MC_T double
#define MC(f) f
#define MC_KIND 1
#include "math_complex.h"

double cimag(double _Complex z) {
  return __imag__ z;
}
