#include <stdlib.h>

#include "rand48.h"

long lrand48(void) {
  return (long)(__rand48_shared() >> 17);
}
