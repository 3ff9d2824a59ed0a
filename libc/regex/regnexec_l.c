#include <regex.h>

#include "regex_impl.h"

int regnexec_l(const regex_t *restrict preg, const char *restrict string,
               size_t len, size_t nmatch, regmatch_t *restrict pmatch,
               int eflags, locale_t locale) {
  return __regex_match(preg, string, NULL, len, nmatch, pmatch, eflags);
}
