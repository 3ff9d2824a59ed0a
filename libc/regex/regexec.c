#include <regex.h>
#include <string.h>

#include "regex_impl.h"

int regexec(const regex_t *restrict preg, const char *restrict string,
            size_t nmatch, regmatch_t *restrict pmatch, int eflags) {
  return __regex_match(preg, string, NULL, strlen(string), nmatch, pmatch,
                       eflags);
}
