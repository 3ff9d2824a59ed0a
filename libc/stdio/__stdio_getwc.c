#include <errno.h>
#include <wchar.h>

#include "unicode_utf8.h"
#include "wstdio_impl.h"

wint_t __stdio_getwc(FILE *f) {
  if (__stdio_wide(f) != 0)
    return WEOF;
  mbstate_t st = {0};
  for (bool first = true;; first = false) {
    int c = stdio_getc(f);
    if (c == EOF) {
      if (first || (f->s.flags & F_ERR))
        return WEOF;
      // End of file in the middle of a character.
      f->s.flags |= F_ERR;
      errno = EILSEQ;
      return WEOF;
    }
    unsigned char byte = (unsigned char)c;
    uint32_t wc;
    size_t r = utf8_decode(&wc, &byte, 1, &st);
    if (r == 1)
      return (wint_t)wc;
    if (r == UTF8_INVALID) {
      // A byte that could start the next character is not part of the
      // broken one; it is still in its buffer slot.
      if (!first)
        f->s.rpos--;
      f->s.flags |= F_ERR;
      return WEOF;
    }
  }
}
