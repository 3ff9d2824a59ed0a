#include "stdio_impl.h"

int fputc_unlocked(int c, FILE *f) {
  return stdio_putc(f, c);
}
