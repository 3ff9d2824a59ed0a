#define MC_T float
#define MC(g) g##f
#define MC_KIND 0
#include "math_complex.h"

float _Complex casinhf(float _Complex z) {
  return mc_casinh(z);
}
