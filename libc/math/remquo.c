#include "math_impl.h"

// *quo: the sign of x/y and the low 31 bits of the rounded quotient.
double remquo(double x, double y, int *quo) {
  int q;
  double r = __math_remquo(x, y, &q, 1);
  *quo = __builtin_signbit(x) != __builtin_signbit(y) ? -q : q;
  return r;
}
