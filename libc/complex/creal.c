#define MC_T double
#define MC(f) f
#define MC_KIND 1
#include "math_complex.h"

double creal(double _Complex z) {
  return __real__ z;
}
