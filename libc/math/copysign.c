#include "math_impl.h"

double copysign(double x, double y) {
  return asdouble((asuint64(x) & 0x7fffffffffffffffULL) |
                  (asuint64(y) & 0x8000000000000000ULL));
}
