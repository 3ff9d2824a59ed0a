#include "scan_impl.h"

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap) {
  __stdio_lock(f);
  struct scan_in in = {.file = f, .last = EOF};
  int r = __scan_vscanf(&in, fmt, ap);
  __stdio_unlock(f);
  return r;
}
