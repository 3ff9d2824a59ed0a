#define MC_T long double
#define MC(g) g##l
#define MC_KIND 2
#include "math_complex.h"

// z^w = exp(w log z); 0^w = 0 for w with a positive real part.
long double _Complex cpowl(long double _Complex z, long double _Complex w) {
  if (__real__ z == 0 && __imag__ z == 0 && __real__ w > 0)
    return mc_make(0, 0);
  return mc_cexp(w * mc_clog(z));
}
