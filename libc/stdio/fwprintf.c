#include <wchar.h>

int fwprintf(FILE *restrict f, const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfwprintf(f, fmt, ap);
  va_end(ap);
  return r;
}
