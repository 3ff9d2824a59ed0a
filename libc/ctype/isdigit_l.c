#include <ctype.h>

// The supported locales (C, POSIX, C.UTF-8) classify single bytes as ASCII
// does, so the locale does not matter (yet).
int isdigit_l(int c, locale_t locale) {
  return isdigit(c);
}
