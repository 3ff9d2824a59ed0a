#include <stdint.h>
#include <stdlib.h>

#include "rand48.h"

// The high 32 bits as a signed value: uniform over [-2^31, 2^31).
long jrand48(unsigned short xsubi[3]) {
  return (long)(int32_t)(uint32_t)(rand48_step(xsubi) >> 16);
}
