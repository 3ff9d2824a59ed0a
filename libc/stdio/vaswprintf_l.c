#include <wchar.h>

// Only the C locale with UTF-8 exists: the locale changes nothing.
int vaswprintf_l(wchar_t **restrict strp, locale_t locale, const wchar_t *restrict fmt,
                 va_list ap) {
  return vaswprintf(strp, fmt, ap);
}
