#include "wstdio_impl.h"

int vfwprintf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap) {
  __stdio_lock(f);
  int r = __stdio_vfwprintf(f, fmt, ap);
  __stdio_unlock(f);
  return r;
}
