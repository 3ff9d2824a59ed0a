#define MC_T double
#define MC(f) f
#define MC_KIND 1
#include "math_complex.h"

double _Complex cacosh(double _Complex z) {
  return mc_cacosh(z);
}
