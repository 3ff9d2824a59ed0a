#include <wchar.h>

// Only the C locale with UTF-8 exists: the locale changes nothing.
int vswprintf_l(wchar_t *restrict buf, size_t n, locale_t locale,
                const wchar_t *restrict fmt, va_list ap) {
  return vswprintf(buf, n, fmt, ap);
}
