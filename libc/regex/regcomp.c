#include <regex.h>
#include <string.h>

int regcomp(regex_t *restrict preg, const char *restrict pattern, int cflags) {
  return regncomp(preg, pattern, strlen(pattern), cflags);
}
