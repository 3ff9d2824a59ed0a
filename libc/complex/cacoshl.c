#define MC_T long double
#define MC(g) g##l
#define MC_KIND 2
#include "math_complex.h"

long double _Complex cacoshl(long double _Complex z) {
  return mc_cacosh(z);
}
