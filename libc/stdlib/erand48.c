#include <stdlib.h>

#include "rand48.h"

// X / 2^48, exact in a double.
double erand48(unsigned short xsubi[3]) {
  return (double)rand48_step(xsubi) * 0x1p-48;
}
