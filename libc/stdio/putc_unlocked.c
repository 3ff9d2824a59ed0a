#include "stdio_impl.h"

int putc_unlocked(int c, FILE *f) {
  return stdio_putc(f, c);
}
