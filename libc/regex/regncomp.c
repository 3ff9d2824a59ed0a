#include <errno.h>
#include <regex.h>
#include <stdlib.h>

#include "regex_impl.h"

int regncomp(regex_t *restrict preg, const char *restrict pattern, size_t len,
             int cflags) {
  size_t n;
  int saved = errno;
  uint32_t *pat = __regex_decode(pattern, len, &n);
  if (pat == NULL) {
    errno = saved;
    return REG_ESPACE;
  }
  int error = __regex_compile(preg, pat, n, cflags);
  free(pat);
  errno = saved;
  return error;
}
