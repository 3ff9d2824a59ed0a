#include <stdio.h>

int asprintf(char **restrict strp, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vasprintf(strp, fmt, ap);
  va_end(ap);
  return r;
}
