#include <string.h>

#include "stdio_impl.h"

char *fgets_unlocked(char *restrict s, int n, FILE *restrict f) {
  if (n <= 0)
    return NULL;
  size_t left = (size_t)n - 1, len = 0;
  unsigned err_before = f->s.flags & F_ERR;
  while (left > 0) {
    size_t avail = (size_t)(f->s.rend - f->s.rpos);
    if (f->s.rpos == NULL || avail == 0) {
      int c = __stdio_underflow(f);
      if (c == EOF)
        break;
      s[len++] = (char)c;
      left--;
      if (c == '\n')
        break;
      continue;
    }
    if (avail > left)
      avail = left;
    unsigned char *nl = memchr(f->s.rpos, '\n', avail);
    if (nl != NULL)
      avail = (size_t)(nl - f->s.rpos) + 1;
    memcpy(s + len, f->s.rpos, avail);
    f->s.rpos += avail;
    len += avail;
    left -= avail;
    if (nl != NULL)
      break;
  }
  // Nothing read at end of file, or a read error: NULL.
  if ((len == 0 && n > 1) || (!err_before && (f->s.flags & F_ERR)))
    return NULL;
  s[len] = '\0';
  return s;
}
