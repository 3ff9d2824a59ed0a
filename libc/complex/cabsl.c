#define MC_T long double
#define MC(g) g##l
#define MC_KIND 2
#include "math_complex.h"

long double cabsl(long double _Complex z) {
  return MC(hypot)(__real__ z, __imag__ z);
}
