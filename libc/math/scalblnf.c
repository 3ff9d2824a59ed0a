#include "math_impl.h"

float scalblnf(float x, long n) {
  if (n > 400)
    n = 400;
  else if (n < -400)
    n = -400;
  return scalbnf(x, (int)n);
}
