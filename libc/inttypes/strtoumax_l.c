#include <inttypes.h>

// All locales are C/POSIX or UTF-8 ones, in which integer syntax is the
// same, so the locale is not consulted.
uintmax_t strtoumax_l(const char *restrict s, char **restrict endptr, int base,
    locale_t locale) {
  return strtoumax(s, endptr, base);
}
