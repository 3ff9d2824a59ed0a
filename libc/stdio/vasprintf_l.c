#include <stdio.h>

// Only the C locale with UTF-8 exists; it formats like vasprintf.
int vasprintf_l(char **restrict strp, locale_t locale, const char *restrict fmt,
                va_list ap) {
  return vasprintf(strp, fmt, ap);
}
