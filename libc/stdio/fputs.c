#include "stdio_impl.h"

int fputs(const char *restrict s, FILE *restrict f) {
  __stdio_lock(f);
  int r = fputs_unlocked(s, f);
  __stdio_unlock(f);
  return r;
}
