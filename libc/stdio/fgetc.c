#include "stdio_impl.h"

int fgetc(FILE *f) {
  __stdio_lock(f);
  int c = stdio_getc(f);
  __stdio_unlock(f);
  return c;
}
