#include <regex.h>
#include <wchar.h>

int regwcomp_l(regex_t *restrict preg, const wchar_t *restrict pattern,
               int cflags, locale_t locale) {
  return regwncomp(preg, pattern, wcslen(pattern), cflags);
}
