#include <regex.h>
#include <wchar.h>

#include "regex_impl.h"

int regwexec(const regex_t *restrict preg, const wchar_t *restrict string,
             size_t nmatch, regmatch_t *restrict pmatch, int eflags) {
  return __regex_match(preg, NULL, string, wcslen(string), nmatch, pmatch,
                       eflags);
}
