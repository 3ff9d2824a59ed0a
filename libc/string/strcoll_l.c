#include <string.h>

// Every supported locale (C, POSIX, C.UTF-8) collates bytewise; UTF-8's
// byte order equals code point order.
int strcoll_l(const char *s1, const char *s2, locale_t locale) {
  return strcmp(s1, s2);
}
