#include <stdlib.h>

#include "rand48.h"

double drand48(void) {
  return (double)__rand48_shared() * 0x1p-48;
}
