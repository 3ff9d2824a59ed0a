#include "math_ld.h"

long lroundl(long double x) {
  return (long)llrintl(roundl(x));
}
