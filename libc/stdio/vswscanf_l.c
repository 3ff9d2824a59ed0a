#include <wchar.h>

// Only the C locale with UTF-8 exists: the locale changes nothing.
int vswscanf_l(const wchar_t *restrict s, locale_t locale, const wchar_t *restrict fmt,
               va_list ap) {
  return vswscanf(s, fmt, ap);
}
