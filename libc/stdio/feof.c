#include "stdio_impl.h"

int feof(FILE *f) {
  __stdio_lock(f);
  int r = (f->s.flags & F_EOF) != 0;
  __stdio_unlock(f);
  return r;
}
