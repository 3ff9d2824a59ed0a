#include "stdio_impl.h"

void clearerr(FILE *f) {
  __stdio_lock(f);
  f->s.flags &= ~(F_EOF | F_ERR);
  __stdio_unlock(f);
}
