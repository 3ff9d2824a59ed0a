#include <strings.h>

// All supported locales (C, POSIX, C.UTF-8) fold ASCII letters only, so the
// locale does not affect the result.
int strcasecmp_l(const char *s1, const char *s2, locale_t locale) {
  return strcasecmp(s1, s2);
}
