#include <wchar.h>

int aswprintf_l(wchar_t **restrict strp, locale_t locale, const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vaswprintf(strp, fmt, ap);
  va_end(ap);
  return r;
}
