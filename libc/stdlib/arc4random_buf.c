#include <stdlib.h>

#include "rand_chacha.h"

void arc4random_buf(void *buf, size_t len) {
  __arc4random_fill(buf, len);
}
