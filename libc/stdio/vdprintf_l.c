#include <stdio.h>

// Only the C locale with UTF-8 exists; it formats like vdprintf.
int vdprintf_l(int fd, locale_t locale, const char *restrict fmt, va_list ap) {
  return vdprintf(fd, fmt, ap);
}
