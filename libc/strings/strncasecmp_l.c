#include <strings.h>

// All supported locales (C, POSIX, C.UTF-8) fold ASCII letters only, so the
// locale does not affect the result.
int strncasecmp_l(const char *s1, const char *s2, size_t n, locale_t locale) {
  return strncasecmp(s1, s2, n);
}
