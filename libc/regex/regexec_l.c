#include <regex.h>
#include <string.h>

#include "regex_impl.h"

int regexec_l(const regex_t *restrict preg, const char *restrict string,
              size_t nmatch, regmatch_t *restrict pmatch, int eflags,
              locale_t locale) {
  return __regex_match(preg, string, NULL, strlen(string), nmatch, pmatch,
                       eflags);
}
