#include <regex.h>

int regwncomp_l(regex_t *restrict preg, const wchar_t *restrict pattern,
                size_t len, int cflags, locale_t locale) {
  return regwncomp(preg, pattern, len, cflags);
}
