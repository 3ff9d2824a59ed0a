#include "stdio_impl.h"

int fseek(FILE *f, long offset, int whence) {
  return fseeko(f, offset, whence);
}
