#include "stdio_impl.h"

long ftell(FILE *f) {
  return ftello(f);  // long and off_t are both 64 bits
}
