#include "stdio_impl.h"

void rewind(FILE *f) {
  __stdio_lock(f);
  __stdio_seek(f, 0, SEEK_SET);
  f->s.flags &= ~F_ERR;
  __stdio_unlock(f);
}
