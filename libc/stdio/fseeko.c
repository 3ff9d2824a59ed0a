#include "stdio_impl.h"

int fseeko(FILE *f, off_t offset, int whence) {
  __stdio_lock(f);
  int r = __stdio_seek(f, offset, whence);
  __stdio_unlock(f);
  return r;
}
