#include <stdio.h>

int snprintf_l(char *restrict buf, size_t n, locale_t locale, const char *restrict fmt,
               ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(buf, n, fmt, ap);
  va_end(ap);
  return r;
}
