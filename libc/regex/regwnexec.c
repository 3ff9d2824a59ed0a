#include <regex.h>

#include "regex_impl.h"

int regwnexec(const regex_t *restrict preg, const wchar_t *restrict string,
              size_t len, size_t nmatch, regmatch_t *restrict pmatch,
              int eflags) {
  return __regex_match(preg, NULL, string, len, nmatch, pmatch, eflags);
}
