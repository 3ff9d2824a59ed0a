#include "math_impl.h"

// The payload of nan(tag), cut to the 22 bits a float NaN has.
float nanf(const char *tag) {
  uint64_t p = asuint64(nan(tag)) & 0x0007ffffffffffffULL;
  return asfloat(0x7fc00000 | (uint32_t)(p & 0x3fffff));
}
