#include "stdio_impl.h"

// Only the C locale with UTF-8 exists; it formats like vfprintf.
int vfprintf_l(FILE *restrict f, locale_t locale, const char *restrict fmt, va_list ap) {
  return vfprintf(f, fmt, ap);
}
