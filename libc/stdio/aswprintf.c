#include <wchar.h>

int aswprintf(wchar_t **restrict strp, const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vaswprintf(strp, fmt, ap);
  va_end(ap);
  return r;
}
