#include <wchar.h>

int fwscanf_l(FILE *restrict f, locale_t locale, const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfwscanf(f, fmt, ap);
  va_end(ap);
  return r;
}
