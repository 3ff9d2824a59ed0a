#include <stdint.h>
#include <stdlib.h>

#include "rand_chacha.h"

uint32_t arc4random(void) {
  uint32_t v;
  __arc4random_fill(&v, sizeof(v));
  return v;
}
