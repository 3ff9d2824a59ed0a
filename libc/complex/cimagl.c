#define MC_T long double
#define MC(g) g##l
#define MC_KIND 2
#include "math_complex.h"

long double cimagl(long double _Complex z) {
  return __imag__ z;
}
