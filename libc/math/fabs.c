#include "math_impl.h"

double fabs(double x) {
  return asdouble(asuint64(x) & 0x7fffffffffffffffULL);
}
