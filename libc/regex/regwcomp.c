#include <regex.h>
#include <wchar.h>

int regwcomp(regex_t *restrict preg, const wchar_t *restrict pattern,
             int cflags) {
  return regwncomp(preg, pattern, wcslen(pattern), cflags);
}
