#include <string.h>

#include "stdio_impl.h"

int fputs_unlocked(const char *restrict s, FILE *restrict f) {
  size_t n = strlen(s);
  return __stdio_write(f, s, n) == n && !(f->s.flags & F_ERR) ? 0 : EOF;
}
