#include <stdio.h>

// Only the C locale with UTF-8 exists; it scans like vfscanf.
int vfscanf_l(FILE *restrict f, locale_t locale, const char *restrict fmt, va_list ap) {
  return vfscanf(f, fmt, ap);
}
