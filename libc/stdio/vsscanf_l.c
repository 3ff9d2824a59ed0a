#include <stdio.h>

// Only the C locale with UTF-8 exists; it scans like vsscanf.
int vsscanf_l(const char *restrict s, locale_t locale, const char *restrict fmt,
              va_list ap) {
  return vsscanf(s, fmt, ap);
}
