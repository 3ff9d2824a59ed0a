#include <wchar.h>

int swscanf_l(const wchar_t *restrict s, locale_t locale, const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vswscanf(s, fmt, ap);
  va_end(ap);
  return r;
}
