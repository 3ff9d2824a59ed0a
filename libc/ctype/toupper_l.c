#include <ctype.h>

// The supported locales (C, POSIX, C.UTF-8) map case for ASCII letters only,
// so the locale does not matter (yet).
int toupper_l(int c, locale_t locale) {
  return toupper(c);
}
