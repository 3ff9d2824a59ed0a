#include "math_impl.h"

double remainder(double x, double y) {
  int q;
  return __math_remquo(x, y, &q, 1);
}
