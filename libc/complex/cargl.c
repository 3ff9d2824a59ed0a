#define MC_T long double
#define MC(g) g##l
#define MC_KIND 2
#include "math_complex.h"

long double cargl(long double _Complex z) {
  return MC(atan2)(__imag__ z, __real__ z);
}
