#include <regex.h>

#include "regex_impl.h"

int regnexec(const regex_t *restrict preg, const char *restrict string,
             size_t len, size_t nmatch, regmatch_t *restrict pmatch,
             int eflags) {
  return __regex_match(preg, string, NULL, len, nmatch, pmatch, eflags);
}
