#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "stdio_impl.h"

ssize_t getdelim(char **restrict linep, size_t *restrict sizep, int delim,
                 FILE *restrict f) {
  if (linep == NULL || sizep == NULL) {
    errno = EINVAL;
    return -1;
  }
  if (*linep == NULL)
    *sizep = 0;
  __stdio_lock(f);
  size_t len = 0;
  bool found = false;
  while (!found) {
    if (f->s.rpos == NULL || f->s.rpos == f->s.rend) {
      if (__stdio_fill(f) == 0)
        break;
    }
    size_t avail = (size_t)(f->s.rend - f->s.rpos);
    unsigned char *d = memchr(f->s.rpos, delim, avail);
    if (d != NULL) {
      avail = (size_t)(d - f->s.rpos) + 1;
      found = true;
    }
    if (len + avail + 1 > *sizep) {
      if (len + avail >= (size_t)INT64_MAX) {
        f->s.flags |= F_ERR;
        errno = EOVERFLOW;
        __stdio_unlock(f);
        return -1;
      }
      size_t want = len + avail + 1;
      size_t grow = *sizep < 64 ? 128 : *sizep + *sizep / 2;
      if (grow < want)
        grow = want;
      char *n = realloc(*linep, grow);
      if (n == NULL) {
        f->s.flags |= F_ERR;
        errno = ENOMEM;
        __stdio_unlock(f);
        return -1;
      }
      *linep = n;
      *sizep = grow;
    }
    memcpy(*linep + len, f->s.rpos, avail);
    f->s.rpos += avail;
    len += avail;
  }
  __stdio_unlock(f);
  if (len == 0)
    return -1;  // end of file or error, nothing read
  (*linep)[len] = '\0';
  return (ssize_t)len;
}
