#define MC_T float
#define MC(g) g##f
#define MC_KIND 0
#include "math_complex.h"

float cargf(float _Complex z) {
  return MC(atan2)(__imag__ z, __real__ z);
}
