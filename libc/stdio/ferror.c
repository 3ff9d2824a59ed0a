#include "stdio_impl.h"

int ferror(FILE *f) {
  __stdio_lock(f);
  int r = (f->s.flags & F_ERR) != 0;
  __stdio_unlock(f);
  return r;
}
