#include "math_ld.h"

long double rintl(long double x) {
  return x87_frndint(x);
}
