#include "stdio_impl.h"

int fflush(FILE *f) {
  if (f == NULL)
    return __stdio_flush_all();
  __stdio_lock(f);
  int r = __stdio_flush(f);
  __stdio_unlock(f);
  return r;
}
