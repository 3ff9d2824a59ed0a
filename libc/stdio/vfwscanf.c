#include "wstdio_impl.h"

int vfwscanf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap) {
  __stdio_lock(f);
  int r = __stdio_vfwscanf(f, fmt, ap);
  __stdio_unlock(f);
  return r;
}
