// getdelim for wide-oriented streams: *sizep counts wide characters.
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "wstdio_impl.h"

ssize_t getwdelim(wchar_t **restrict linep, size_t *restrict sizep, wint_t delim,
                  FILE *restrict f) {
  if (linep == NULL || sizep == NULL) {
    errno = EINVAL;
    return -1;
  }
  if (*linep == NULL)
    *sizep = 0;
  __stdio_lock(f);
  size_t len = 0;
  ssize_t r = -1;
  for (;;) {
    wint_t c = __stdio_getwc(f);
    if (c == WEOF) {
      // A read, encoding or orientation error loses the partial line.
      if (len > 0 && (f->s.flags & F_EOF) && !(f->s.flags & F_ERR) && f->s.orient > 0)
        break;
      goto out;
    }
    if (len + 2 > *sizep) {
      size_t grow = *sizep < 32 ? 64 : *sizep + *sizep / 2;
      if (len >= (size_t)INT64_MAX / sizeof(wchar_t) / 2) {
        f->s.flags |= F_ERR;
        errno = EOVERFLOW;
        goto out;
      }
      wchar_t *n = realloc(*linep, grow * sizeof(wchar_t));
      if (n == NULL) {
        f->s.flags |= F_ERR;
        errno = ENOMEM;
        goto out;
      }
      *linep = n;
      *sizep = grow;
    }
    (*linep)[len++] = (wchar_t)c;
    if (c == delim)
      break;
  }
  (*linep)[len] = L'\0';
  r = (ssize_t)len;
out:
  __stdio_unlock(f);
  return r;
}
