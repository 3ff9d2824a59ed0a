#include <wchar.h>

int swprintf_l(wchar_t *restrict buf, size_t n, locale_t locale,
               const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vswprintf(buf, n, fmt, ap);
  va_end(ap);
  return r;
}
