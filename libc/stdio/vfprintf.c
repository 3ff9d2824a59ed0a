#include "stdio_impl.h"

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap) {
  __stdio_lock(f);
  int r = __stdio_vfprintf(f, fmt, ap);
  __stdio_unlock(f);
  return r;
}
