#include "stdio_impl.h"

int fputc(int c, FILE *f) {
  __stdio_lock(f);
  int r = stdio_putc(f, c);
  __stdio_unlock(f);
  return r;
}
