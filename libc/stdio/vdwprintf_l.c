#include <wchar.h>

// Only the C locale with UTF-8 exists: the locale changes nothing.
int vdwprintf_l(int fd, locale_t locale, const wchar_t *restrict fmt, va_list ap) {
  return vdwprintf(fd, fmt, ap);
}
