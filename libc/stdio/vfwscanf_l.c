#include <wchar.h>

// Only the C locale with UTF-8 exists: the locale changes nothing.
int vfwscanf_l(FILE *restrict f, locale_t locale, const wchar_t *restrict fmt, va_list ap) {
  return vfwscanf(f, fmt, ap);
}
