#include "stdio_impl.h"

int fflush_unlocked(FILE *f) {
  if (f == NULL)
    return __stdio_flush_all();
  return __stdio_flush(f);
}
