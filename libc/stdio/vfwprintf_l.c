#include <wchar.h>

// Only the C locale with UTF-8 exists: the locale changes nothing.
int vfwprintf_l(FILE *restrict f, locale_t locale, const wchar_t *restrict fmt, va_list ap) {
  return vfwprintf(f, fmt, ap);
}
