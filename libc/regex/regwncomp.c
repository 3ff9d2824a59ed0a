#include <regex.h>
#include <stdlib.h>

#include "regex_impl.h"

int regwncomp(regex_t *restrict preg, const wchar_t *restrict pattern,
              size_t len, int cflags) {
  uint32_t *pat = malloc((len + 1) * sizeof(*pat));
  if (pat == NULL)
    return REG_ESPACE;
  for (size_t i = 0; i < len; i++)
    pat[i] = (uint32_t)pattern[i];
  int error = __regex_compile(preg, pat, len, cflags);
  free(pat);
  return error;
}
