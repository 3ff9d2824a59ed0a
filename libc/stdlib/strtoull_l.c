#include <stdlib.h>

// All locales are C/POSIX or UTF-8 ones, in which integer syntax is the
// same, so the locale is not consulted.
unsigned long long strtoull_l(const char *restrict s, char **restrict endptr, int base,
    locale_t locale) {
  return strtoull(s, endptr, base);
}
