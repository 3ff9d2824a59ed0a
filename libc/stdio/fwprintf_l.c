#include <wchar.h>

int fwprintf_l(FILE *restrict f, locale_t locale, const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfwprintf(f, fmt, ap);
  va_end(ap);
  return r;
}
