#include <stdio.h>

// Only the C locale with UTF-8 exists; it formats like vsnprintf.
int vsnprintf_l(char *restrict buf, size_t n, locale_t locale, const char *restrict fmt,
                va_list ap) {
  return vsnprintf(buf, n, fmt, ap);
}
