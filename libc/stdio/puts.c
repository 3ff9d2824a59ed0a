#include "stdio_impl.h"

int puts(const char *s) {
  FILE *f = stdout;
  __stdio_lock(f);
  int r = fputs_unlocked(s, f) == 0 && stdio_putc(f, '\n') != EOF ? 0 : EOF;
  __stdio_unlock(f);
  return r;
}
