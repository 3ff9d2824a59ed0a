#include <stdint.h>
#include <stdlib.h>

#include "rand48.h"

long mrand48(void) {
  return (long)(int32_t)(uint32_t)(__rand48_shared() >> 16);
}
