#include <stdlib.h>

#include "rand48.h"

// The high 31 bits: uniform over [0, 2^31).
long nrand48(unsigned short xsubi[3]) {
  return (long)(rand48_step(xsubi) >> 17);
}
