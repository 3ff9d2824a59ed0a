#include "stdio_impl.h"

int fgetc_unlocked(FILE *f) {
  return stdio_getc(f);
}
