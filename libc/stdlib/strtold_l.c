#include <stdlib.h>

// Locales other than C/POSIX and UTF-8 do not exist yet and all of them use
// '.' as the decimal point, so the locale does not affect the result.
long double strtold_l(const char *restrict s, char **restrict endptr, locale_t locale) {
  return strtold(s, endptr);
}
